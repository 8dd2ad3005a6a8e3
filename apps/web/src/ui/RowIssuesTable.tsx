import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { issueText, type ApiIssue } from '../app/issue-text';

/** A problem of an imported file, on a row as the spreadsheet numbers it. */
export interface RowIssue extends ApiIssue {
  row: number;
}

export interface RowIssuesTableProps {
  issues: ReadonlyArray<RowIssue>;
  /** The header of the field column ("Column", "Field"). */
  fieldLabel: string;
  /** The test id of each row. */
  rowTestId: string;
}

/** Every problem of a rejected file: the row, the field (a column, as the file names it), and what is wrong, in the interface language. */
export function RowIssuesTable({ issues, fieldLabel, rowTestId }: RowIssuesTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" striped>
        <Table.Caption>{t('common.rowIssues.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('common.rowIssues.row')}</Table.Th>
            <Table.Th scope="col">{fieldLabel}</Table.Th>
            <Table.Th scope="col">{t('common.rowIssues.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue, index) => (
            <Table.Tr key={`${issue.row}-${issue.field}-${index}`} data-testid={rowTestId}>
              <Table.Td>{t('common.number', { value: issue.row })}</Table.Td>
              <Table.Td>
                <code>{issue.field}</code>
              </Table.Td>
              <Table.Td>{issueText(t, issue)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
