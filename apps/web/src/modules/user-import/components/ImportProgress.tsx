import { Alert, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress_UserImportFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { RowIssuesTable } from '../../../ui/RowIssuesTable';
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
              <RowIssuesTable issues={userImport.issues} fieldLabel={t('import.issue.field')} rowTestId="import-issue" />
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
