import { useQuery } from '@apollo/client/react';
import { Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { MIN_REPORTED_GROUP } from '@savoir/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapScope } from '../../../generated/graphql';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { InsightsRegionsDocument, InsightsSkillGapsDocument } from '../graphql/skill-gaps.graphql';
import { skillGapMatrix } from '../skill-gap-matrix';
import { SkillGapTable } from './SkillGapTable';

const SCOPES: readonly GapScope[] = ['BOUTIQUE', 'REGION', 'COHORT'];

interface SkillGapsSectionProps {
  /** What the figures are for, to this reader (for an author: which skills' content to look at). */
  note?: string;
}

/**
 * Knowledge gaps across the maison, by boutique, region or cohort: counts only, no advisor named, no group too small
 * to hide its people. A maison of several regions reads its boutiques and cohorts a region at a time, if HR likes:
 * a hundred boutiques side by side read as none.
 */
export function SkillGapsSection({ note }: SkillGapsSectionProps) {
  const { t, i18n } = useTranslation();
  const [scope, setScope] = useState<GapScope>('BOUTIQUE');
  const [regionId, setRegionId] = useState<string | null>(null);
  // Without the regions (one, or a failed read) the figures are simply the maison's.
  const regions = useQuery(InsightsRegionsDocument).data?.regions ?? [];
  const byRegion = regions.length > 1 && scope !== 'REGION';
  const region = byRegion ? (regions.find((candidate) => candidate.id === regionId) ?? null) : null;
  const { data, loading, error } = useQuery(InsightsSkillGapsDocument, { variables: { scope, locale: i18n.language, regionId: region?.id } });
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
          {note ? (
            <Text size="sm" maw={720}>
              {note}
            </Text>
          ) : null}
        </Stack>
        <Group gap="md" align="flex-end">
          <SegmentedControl
            aria-label={t('insights.gaps.scopeLabel')}
            value={scope}
            onChange={(value) => setScope(value as GapScope)}
            data={SCOPES.map((value) => ({ value, label: t(`insights.gaps.scopes.${value}`) }))}
            maw={420}
          />
          {byRegion ? (
            <Select
              label={t('insights.gaps.regionLabel')}
              value={region?.id ?? ''}
              onChange={(value) => setRegionId(value || null)}
              data={[{ value: '', label: t('insights.gaps.everyRegion') }, ...[...regions].sort((a, b) => a.name.localeCompare(b.name, i18n.language)).map(({ id, name }) => ({ value: id, label: name }))]}
              allowDeselect={false}
              w={220}
            />
          ) : null}
        </Group>
        {error ? <ErrorNotice>{t('insights.gaps.loadFailed')}</ErrorNotice> : null}
        {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
        {data && matrix.groups.length === 0 ? <Text c="dimmed">{t('insights.gaps.empty', { min: MIN_REPORTED_GROUP })}</Text> : null}
        {data && matrix.noneShownYet ? (
          <Text size="sm" maw={720}>
            {t('insights.gaps.noneShownYet')}
          </Text>
        ) : null}
        {data && matrix.groups.length > 0 ? <SkillGapTable matrix={matrix} scope={scope} regionName={region?.name ?? null} /> : null}
      </Stack>
    </section>
  );
}
