import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A quiet error message, announced to screen readers (role="alert"); with `onRetry`, a way to try again where there
 * is no other (an installed app has no reload button).
 */
export function ErrorNotice({ title, children, onRetry }: { title?: string; children: ReactNode; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<IconAlertCircle size={18} aria-hidden="true" />}>
      {onRetry ? (
        <Stack gap="sm" align="flex-start">
          <div>{children}</div>
          <Button variant="default" size="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Stack>
      ) : (
        children
      )}
    </Alert>
  );
}
