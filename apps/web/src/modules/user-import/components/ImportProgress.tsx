import { Alert, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress_UserImportFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ImportStatusBadge } from './ImportStatusBadge';

export function ImportProgress({ userImport }: { userImport: ImportProgress_UserImportFragment }) {
  const { t } = useTranslation();
  const { status, processedRows, totalRows } = userImport;
  const percent = totalRows > 0 ? Math.round((processedRows / totalRows) * 100) : 0;
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} bg="white" data-testid="import-progress">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} fz="lg" style={{ wordBreak: 'break-all' }}>
            {userImport.fileName}
          </Title>
          <ImportStatusBadge status={status} />
        </Group>

        {status === 'PENDING' || status === 'RUNNING' ? (
          <Stack gap={6} aria-live="polite">
            <Progress value={percent} size="md" aria-label={t('import.progressLabel')} animated={status === 'RUNNING'} />
            <Text size="sm" c="dimmed">
              {status === 'PENDING' ? t('import.pending') : t('import.progress', { processed: processedRows, total: totalRows })}
            </Text>
          </Stack>
        ) : null}

        {status === 'SUCCEEDED' ? (
          <Alert color="green" variant="light" role="status" icon={<IconCircleCheck size={18} aria-hidden="true" />}>
            {t('import.succeeded', { count: userImport.createdUsers })}
          </Alert>
        ) : null}

        {status === 'FAILED' ? (
          <Stack gap="sm">
            <ErrorNotice title={t('import.failedTitle')}>{t('import.nothingImported', { count: userImport.issues.length })}</ErrorNotice>
            {userImport.issues.length > 0 ? (
              <Table.ScrollContainer minWidth={420}>
                <Table verticalSpacing="xs" striped>
                  <Table.Caption>{t('import.issuesCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('import.issue.row')}</Table.Th>
                      <Table.Th scope="col">{t('import.issue.field')}</Table.Th>
                      <Table.Th scope="col">{t('import.issue.message')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {userImport.issues.map((issue, index) => (
                      <Table.Tr key={`${issue.row}-${issue.field}-${index}`} data-testid="import-issue">
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
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
