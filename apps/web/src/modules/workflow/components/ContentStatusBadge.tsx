import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentStatus } from '../../../generated/graphql';

const STYLES: Record<ContentStatus, { color: string; variant: 'light' | 'outline' | 'default' }> = {
  DRAFT: { color: 'ink', variant: 'outline' },
  IN_REVIEW: { color: 'gold', variant: 'outline' },
  PUBLISHED: { color: 'green', variant: 'light' },
  ARCHIVED: { color: 'ink', variant: 'default' },
};

/** Where a version stands in the publishing workflow: Draft, In review, Published, Archived. */
export function ContentStatusBadge({ status }: { status: ContentStatus }) {
  const { t } = useTranslation();
  const { color, variant } = STYLES[status];
  return (
    <Badge color={color} variant={variant} radius="xs" size="sm" tt="none" fw={500}>
      {t(`studio.workflow.status.${status}`)}
    </Badge>
  );
}
