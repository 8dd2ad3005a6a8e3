import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslationStatus } from '../../../generated/graphql';

/** Quiet tones: an outdated text wants a look (muted gold), a missing one is simply not there yet (grey). */
const COLORS: Record<TranslationStatus, string> = { OUTDATED: 'gold', MISSING: 'gray', UP_TO_DATE: 'green' };

export function TranslationGapStatusBadge({ status }: { status: TranslationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} radius="xs" size="sm" tt="none">
      {t(`studio.translations.status.${status}`)}
    </Badge>
  );
}
