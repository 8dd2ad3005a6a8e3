import { useQuery } from '@apollo/client/react';
import { Group, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemFlagLegend } from '../modules/content-quality/components/ItemFlagBadge';
import { ItemStatisticsTable } from '../modules/content-quality/components/ItemStatisticsTable';
import { StudioItemStatisticsDocument } from '../modules/content-quality/graphql/item-statistics.graphql';
import { needsReview } from '../modules/content-quality/item-statistics-sort';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

/** How each published question performed on advisors' first attempts, and which ones deserve an author's look. */
export function StudioStatisticsPage() {
  const { t } = useTranslation();
  const locale = useContentLocale();
  const { data, loading, error } = useQuery(StudioItemStatisticsDocument, { variables: { locale } });
  const [onlyToReview, setOnlyToReview] = useState(false);
  const items = data?.itemStatistics ?? [];
  const shown = onlyToReview ? items.filter(needsReview) : items;

  return (
    <section aria-labelledby="statistics-heading">
      <PageHeading order={2} id="statistics-heading" title={t('studio.sections.statistics')} subtitle={t('studio.statistics.subtitle')} />
      {error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {data && items.length === 0 ? <Text c="dimmed">{t('studio.statistics.none')}</Text> : null}
      {items.length > 0 ? (
        <Stack gap="lg">
          <Text size="sm" c="dimmed" maw={760}>
            {t('studio.statistics.explanation')}
          </Text>
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Switch
              label={t('studio.statistics.onlyToReview')}
              description={t('studio.statistics.onlyToReviewHelp')}
              checked={onlyToReview}
              onChange={(event) => setOnlyToReview(event.currentTarget.checked)}
              color="gold"
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('studio.statistics.count', { count: shown.length })}
            </Text>
          </Group>
          {shown.length === 0 ? <Text c="dimmed">{t('studio.statistics.noneToReview')}</Text> : <ItemStatisticsTable items={shown} />}
          <ItemFlagLegend />
        </Stack>
      ) : null}
    </section>
  );
}
