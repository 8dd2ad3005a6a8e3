import { useQuery } from '@apollo/client/react';
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, toLanguage, type Language } from '../app/i18n/i18n';
import { CONTENT_KINDS, type ContentKind } from '../modules/content-quality/components/ContentKindBadge';
import { TranslationGapList } from '../modules/content-quality/components/TranslationGapList';
import { StudioTranslationGapsDocument, TranslationSourceLocaleDocument } from '../modules/content-quality/graphql/translation-gaps.graphql';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

const ALL = 'ALL';
const STATUSES = ['MISSING', 'OUTDATED'] as const;
type GapStatus = (typeof STATUSES)[number];

/** What each language still lacks across programs, modules, questions and skills. */
export function StudioTranslationsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TranslationSourceLocaleDocument);
  const sourceLocale = data?.me.maison.defaultLocale;

  return (
    <section aria-labelledby="translations-heading">
      <PageHeading order={2} id="translations-heading" title={t('studio.sections.translations')} subtitle={t('studio.translations.subtitle')} />
      {error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {sourceLocale ? <TranslationGaps sourceLocale={sourceLocale} /> : null}
    </section>
  );
}

function TranslationGaps({ sourceLocale }: { sourceLocale: string }) {
  const { t } = useTranslation();
  const targets = SUPPORTED_LANGUAGES.filter((language) => language !== toLanguage(sourceLocale));
  const [locale, setLocale] = useState<Language | undefined>(targets[0]);
  const [status, setStatus] = useState<GapStatus | typeof ALL>(ALL);
  const [kind, setKind] = useState<ContentKind | typeof ALL>(ALL);
  const statusLabelId = useId();
  // Gaps close in the editors and the skill pages: read the list afresh on each visit, as the review queue does.
  const { data, loading, error } = useQuery(StudioTranslationGapsDocument, { variables: { locale: locale ?? sourceLocale }, skip: !locale, fetchPolicy: 'cache-and-network' });

  if (!locale) return <Text c="dimmed">{t('studio.translations.noOtherLanguage')}</Text>;

  const gaps = data?.translationGaps ?? [];
  const shown = gaps.filter((gap) => (status === ALL || gap.status === status) && (kind === ALL || gap.entityType === kind));
  const missing = gaps.filter((gap) => gap.status === 'MISSING').length;
  const outdated = gaps.filter((gap) => gap.status === 'OUTDATED').length;

  return (
    <Stack gap="lg">
      <Group align="flex-end" wrap="wrap" gap="md">
        <Select
          label={t('studio.translations.language')}
          w={{ base: '100%', xs: 200 }}
          data={targets.map((value) => ({ value, label: t(`locales.${value}`) }))}
          value={locale}
          allowDeselect={false}
          onChange={(value) => setLocale((value ?? targets[0]) as Language)}
        />
        <Select
          label={t('studio.translations.kind')}
          w={{ base: '100%', xs: 200 }}
          data={[
            { value: ALL, label: t('studio.translations.allKinds') },
            ...CONTENT_KINDS.map((value) => ({ value, label: t(`studio.translations.kindsPlural.${value}`) })),
          ]}
          value={kind}
          allowDeselect={false}
          onChange={(value) => setKind((value ?? ALL) as ContentKind | typeof ALL)}
        />
        <Stack gap={4}>
          <Text component="span" id={statusLabelId} size="sm" fw={500}>
            {t('studio.translations.statusFilter')}
          </Text>
          <SegmentedControl
            aria-labelledby={statusLabelId}
            value={status}
            onChange={(value) => setStatus(value as GapStatus | typeof ALL)}
            data={[
              { value: ALL, label: t('studio.translations.allStatuses') },
              ...STATUSES.map((value) => ({ value, label: t(`studio.translations.status.${value}`) })),
            ]}
          />
        </Stack>
      </Group>

      {error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}

      {data && gaps.length === 0 ? (
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={20} color="var(--mantine-color-green-7)" aria-hidden="true" />
          <Text>{t(`studio.translations.allTranslated.${locale}`)}</Text>
        </Group>
      ) : null}

      {gaps.length > 0 ? (
        <>
          <Group gap="lg" wrap="wrap" justify="space-between">
            <Group gap="lg" wrap="wrap" aria-label={t('studio.translations.summaryLabel')} role="group">
              <Text fw={500}>{t('studio.translations.missingCount', { count: missing })}</Text>
              <Text fw={500}>{t('studio.translations.outdatedCount', { count: outdated })}</Text>
            </Group>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('studio.translations.shownCount', { count: shown.length })}
            </Text>
          </Group>
          {shown.length === 0 ? <Text c="dimmed">{t('studio.translations.noneMatching')}</Text> : null}
          <TranslationGapList gaps={shown} sourceLocale={sourceLocale} locale={locale} />
        </>
      ) : null}
    </Stack>
  );
}
