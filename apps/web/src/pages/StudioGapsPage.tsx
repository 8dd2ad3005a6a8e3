import { useTranslation } from 'react-i18next';
import { SkillGapsSection } from '../modules/insights/components/SkillGapsSection';

/**
 * Studio › Gaps: the knowledge gaps HR reads in Insights, for authors. A skill many advisors have not mastered points
 * to content worth a second look; the figures are the same counts, with the same privacy rules.
 */
export function StudioGapsPage() {
  const { t } = useTranslation();
  return <SkillGapsSection note={t('studio.gaps.note')} />;
}
