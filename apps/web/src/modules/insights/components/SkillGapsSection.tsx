import { useQuery } from '@apollo/client/react';
import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { MIN_REPORTED_GROUP } from '@savoir/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapScope } from '../../../generated/graphql';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { InsightsSkillGapsDocument } from '../graphql/skill-gaps.graphql';
import { skillGapMatrix } from '../skill-gap-matrix';
import { SkillGapTable } from './SkillGapTable';

const SCOPES: readonly GapScope[] = ['BOUTIQUE', 'REGION', 'COHORT'];

/** Knowledge gaps across the maison, by boutique, region or cohort: counts only, no advisor named, no group too small to hide its people. */
export function SkillGapsSection() {
  const { t, i18n } = useTranslation();
  const [scope, setScope] = useState<GapScope>('BOUTIQUE');
  const { data, loading, error } = useQuery(InsightsSkillGapsDocument, { variables: { scope, locale: i18n.language } });
  const matrix = useMemo(() => skillGapMatrix(data?.skillGaps ?? [], new Intl.Collator(i18n.language).compare), [data, i18n.language]);

  return (
    <section aria-labelledby="insights-gaps-heading">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} id="insights-gaps-heading" fz="h3">
            {t('insights.gaps.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('insights.gaps.intro', { min: MIN_REPORTED_GROUP })}
          </Text>
        </Stack>
        <SegmentedControl
          aria-label={t('insights.gaps.scopeLabel')}
          value={scope}
          onChange={(value) => setScope(value as GapScope)}
          data={SCOPES.map((value) => ({ value, label: t(`insights.gaps.scopes.${value}`) }))}
          maw={420}
        />
        {error ? <ErrorNotice>{t('insights.gaps.loadFailed')}</ErrorNotice> : null}
        {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
        {data && matrix.groups.length === 0 ? <Text c="dimmed">{t('insights.gaps.empty', { min: MIN_REPORTED_GROUP })}</Text> : null}
        {data && matrix.noneShownYet ? (
          <Text size="sm" maw={720}>
            {t('insights.gaps.noneShownYet')}
          </Text>
        ) : null}
        {data && matrix.groups.length > 0 ? <SkillGapTable matrix={matrix} scope={scope} /> : null}
      </Stack>
    </section>
  );
}
