import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ListPaginationProps {
  /** Rows matching the filters, on every page. */
  total: number;
  pageSize: number;
  /** The page shown, from 1. */
  page: number;
  onChange: (page: number) => void;
}

/** The pages of a list paged on the server, with named controls; nothing when everything fits on one page. */
export function ListPagination({ total, pageSize, page, onChange }: ListPaginationProps) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  return (
    <Group justify="center" mt="lg">
      <Pagination
        total={Math.ceil(total / pageSize)}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
        getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
      />
    </Group>
  );
}
