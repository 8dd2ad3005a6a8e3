import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortKind } from '../../../generated/graphql';

const COLORS: Record<CohortKind, string> = { PILOT: 'gold', CONTROL: 'ink', STANDARD: 'gray' };

export function CohortKindBadge({ kind }: { kind: CohortKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLORS[kind]} radius="xs" size="sm">
      {t(`cohorts.kinds.${kind}`)}
    </Badge>
  );
}
