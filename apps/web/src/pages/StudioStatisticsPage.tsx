import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ItemFlagLegend } from '../modules/content-quality/components/ItemFlagBadge';
import { ItemStatisticsTable } from '../modules/content-quality/components/ItemStatisticsTable';
import { useItemStatistics } from '../modules/content-quality/hooks/useItemStatistics';
import { needsReview } from '../modules/content-quality/item-statistics-sort';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

/**
 * How each published question performed on advisors' first attempts, and which ones deserve an author's look. The
 * figures are those of the last analysis (nightly, or when an author asks), shown with its time.
 */
export function StudioStatisticsPage() {
  const { t } = useTranslation();
  const locale = useContentLocale();
  const { report, loading, error, request, requesting } = useItemStatistics(locale);
  const [requestFailed, setRequestFailed] = useState(false);
  const [onlyToReview, setOnlyToReview] = useState(false);
  const items = report?.items ?? [];
  const shown = onlyToReview ? items.filter(needsReview) : items;
  const recalculate = async () => {
    setRequestFailed(false);
    await request().catch(() => setRequestFailed(true));
  };

  return (
    <section aria-labelledby="statistics-heading">
      <PageHeading order={2} id="statistics-heading" title={t('studio.sections.statistics')} subtitle={t('studio.statistics.subtitle')} />
      {error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !report ? <CenteredLoader label={t('common.loading')} /> : null}
      {report ? (
        <Group justify="space-between" align="center" wrap="wrap" gap="sm" mb="lg">
          <Text size="sm" c="dimmed" aria-live="polite">
            {statusLine(report, t)}
          </Text>
          <Button variant="default" size="sm" leftSection={<IconRefresh size={16} aria-hidden />} loading={requesting || report.pending} onClick={recalculate}>
            {report.analysedAt ? t('studio.statistics.recalculate') : t('studio.statistics.calculate')}
          </Button>
        </Group>
      ) : null}
      {requestFailed ? <ErrorNotice>{t('errors.generic')}</ErrorNotice> : null}
      {report?.analysedAt && items.length === 0 ? <Text c="dimmed">{t('studio.statistics.none')}</Text> : null}
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

/** When the figures were calculated, and whether new ones are on their way. */
function statusLine({ analysedAt, pending }: { analysedAt: string | null; pending: boolean }, t: TFunction): string {
  if (!analysedAt) return t(pending ? 'studio.statistics.calculating' : 'studio.statistics.notYet');
  return t(pending ? 'studio.statistics.recalculating' : 'studio.statistics.asOf', { value: new Date(analysedAt) });
}
