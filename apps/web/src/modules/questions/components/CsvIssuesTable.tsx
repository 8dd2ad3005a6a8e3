import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvRowIssue } from '../csv-issues';

/** Every problem of a rejected file: the row as the spreadsheet numbers it, the column, and what is wrong. */
export function CsvIssuesTable({ issues }: { issues: ReadonlyArray<CsvRowIssue> }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption>{t('studio.csv.issuesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('studio.csv.issue.row')}</Table.Th>
            <Table.Th scope="col">{t('studio.csv.issue.field')}</Table.Th>
            <Table.Th scope="col">{t('studio.csv.issue.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, index) => (
            <Table.Tr key={`${issue.row}-${issue.field}-${index}`} data-testid="csv-issue">
              <Table.Td>{t('common.number', { value: issue.row })}</Table.Td>
              <Table.Td>
                <code>{issue.field}</code>
              </Table.Td>
              <Table.Td>{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
