import { Badge, Group } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TranslationStatus } from '../../../generated/graphql';
import { translationStatuses, type TranslatedText } from '../localised-text';

const COLORS: Record<TranslationStatus, string> = { UP_TO_DATE: 'green', OUTDATED: 'gold', MISSING: 'red' };

export interface TranslationStatusBadgeProps {
  locale: string;
  status: TranslationStatus;
  /** Rendered as a span, to sit inside a field's label. */
  inline?: boolean;
  testId?: string;
}

/** One quiet badge per status: "FR missing", "FR outdated", "FR up to date". */
export function TranslationStatusBadge({ locale, status, inline = false, testId }: TranslationStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      component={inline ? 'span' : 'div'}
      variant={status === 'UP_TO_DATE' ? 'light' : 'outline'}
      color={COLORS[status]}
      radius="xs"
      size="sm"
      tt="none"
      leftSection={status === 'UP_TO_DATE' ? <IconCheck size={12} aria-hidden="true" /> : null}
      data-testid={testId}
    >
      {t(`studio.localisedText.status.${status}`, { locale: locale.toUpperCase() })}
    </Badge>
  );
}

/** The status of each translated locale across a record's texts. */
export function TranslationBadges({ texts }: { texts: ReadonlyArray<TranslatedText> }) {
  return (
    <Group gap={6} wrap="wrap">
      {translationStatuses(texts).map(({ locale, status }) => (
        <TranslationStatusBadge key={locale} locale={locale} status={status} />
      ))}
    </Group>
  );
}
