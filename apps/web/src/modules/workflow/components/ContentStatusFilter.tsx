import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentStatus } from '../../../generated/graphql';
import { CONTENT_STATUSES } from '../workflow';

export const ALL_STATUSES = 'ALL';

/** A status to list, or every status. */
export type ContentStatusFilterValue = ContentStatus | typeof ALL_STATUSES;

export interface ContentStatusFilterProps {
  value: ContentStatusFilterValue;
  onChange: (value: ContentStatusFilterValue) => void;
  w?: SelectProps['w'];
}

/** "Status: All statuses / Draft / In review / Published / Archived", above a list of versioned content. */
export function ContentStatusFilter({ value, onChange, w }: ContentStatusFilterProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('studio.workflow.statusFilter')}
      w={w}
      data={[{ value: ALL_STATUSES, label: t('studio.workflow.allStatuses') }, ...CONTENT_STATUSES.map((status) => ({ value: status, label: t(`studio.workflow.status.${status}`) }))]}
      value={value}
      allowDeselect={false}
      onChange={(next) => onChange((next ?? ALL_STATUSES) as ContentStatusFilterValue)}
    />
  );
}
