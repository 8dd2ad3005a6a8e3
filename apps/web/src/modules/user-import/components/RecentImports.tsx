import { Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecentImports_UserImportFragment } from '../../../generated/graphql';
import { ImportStatusBadge } from './ImportStatusBadge';

export interface RecentImportsProps {
  imports: ReadonlyArray<RecentImports_UserImportFragment>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function RecentImports({ imports, selectedId, onSelect }: RecentImportsProps) {
  const { t } = useTranslation();
  if (imports.length === 0) return <Text c="dimmed">{t('import.noImports')}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('import.recent')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.fileColumn')}</Table.Th>
            <Table.Th scope="col">{t('import.startedAt')}</Table.Th>
            <Table.Th scope="col">{t('import.statusColumn')}</Table.Th>
            <Table.Th scope="col">{t('import.rowsColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((item) => (
            <Table.Tr key={item.id} aria-selected={item.id === selectedId} bg={item.id === selectedId ? 'gold.0' : undefined}>
              <Table.Td>
                <UnstyledButton onClick={() => onSelect(item.id)} fw={500} fz="sm" style={{ textDecoration: 'underline', textDecorationColor: 'var(--savoir-hairline)' }}>
                  {item.fileName}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>{t('common.dateTime', { value: new Date(item.createdAt) })}</Table.Td>
              <Table.Td>
                <ImportStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{t('common.number', { value: item.totalRows })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
