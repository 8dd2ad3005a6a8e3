import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../app/i18n/i18n';

/** The language learner content is asked in: the interface's own, so a switch of language switches both. */
export function useLearnLocale(): string {
  const { i18n } = useTranslation();
  return toLanguage(i18n.language);
}
