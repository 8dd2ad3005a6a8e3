import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserImportStatus } from '../../../generated/graphql';

const COLORS: Record<UserImportStatus, string> = { PENDING: 'gray', RUNNING: 'gold', SUCCEEDED: 'green', FAILED: 'red' };

export function ImportStatusBadge({ status }: { status: UserImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} radius="xs" size="sm">
      {t(`import.status.${status}`)}
    </Badge>
  );
}
