import { Badge, Group } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TranslationStatus } from '../../../generated/graphql';

interface Texts {
  sourceLocale: string;
  translations: ReadonlyArray<{ locale: string; status: TranslationStatus }>;
}

const SEVERITY: Record<TranslationStatus, number> = { UP_TO_DATE: 0, OUTDATED: 1, MISSING: 2 };

/** The status of each translated locale across several texts: the worst one wins (a missing description is missing). */
export function translationStatuses(texts: ReadonlyArray<Texts>): Array<{ locale: string; status: TranslationStatus }> {
  const byLocale = new Map<string, TranslationStatus>();
  for (const text of texts) {
    for (const { locale, status } of text.translations) {
      if (locale === text.sourceLocale) continue;
      const current = byLocale.get(locale);
      if (!current || SEVERITY[status] > SEVERITY[current]) byLocale.set(locale, status);
    }
  }
  return [...byLocale.entries()].map(([locale, status]) => ({ locale, status }));
}

const COLORS: Record<TranslationStatus, string> = { UP_TO_DATE: 'green', OUTDATED: 'gold', MISSING: 'red' };

/** One quiet badge per status: "FR missing", "FR outdated", "FR up to date". */
export function TranslationStatusBadge({ locale, status }: { locale: string; status: TranslationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={status === 'UP_TO_DATE' ? 'light' : 'outline'}
      color={COLORS[status]}
      radius="xs"
      size="sm"
      tt="none"
      leftSection={status === 'UP_TO_DATE' ? <IconCheck size={12} aria-hidden="true" /> : null}
    >
      {t(`studio.skills.translationStatus.${status}`, { locale: locale.toUpperCase() })}
    </Badge>
  );
}

export function TranslationBadges({ texts }: { texts: ReadonlyArray<Texts> }) {
  return (
    <Group gap={6} wrap="wrap">
      {translationStatuses(texts).map(({ locale, status }) => (
        <TranslationStatusBadge key={locale} locale={locale} status={status} />
      ))}
    </Group>
  );
}
