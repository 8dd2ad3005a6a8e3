import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconCloudOff, IconCloudUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface OfflineBannerProps {
  online: boolean;
  /** Answers and lesson reads still waiting on the device. */
  pending: number;
}

/**
 * A quiet note while the device is offline or answers and lesson reads wait to be sent; nothing otherwise. Read out
 * politely by screen readers, never as an alert: nothing is wrong, the progress is safe.
 */
export function OfflineBanner({ online, pending }: OfflineBannerProps) {
  const { t } = useTranslation();
  if (online && pending === 0) return null;
  const Icon = online ? IconCloudUpload : IconCloudOff;
  return (
    <Paper role="status" aria-live="polite" px="md" py="sm" bg="var(--mantine-color-body)" data-testid="offline-banner">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Icon size={18} stroke={1.5} color="var(--savoir-gold)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Stack gap={2}>
          {!online && <Text size="sm">{t('offline.banner.offline')}</Text>}
          {pending > 0 && (
            <Text size="sm" c="dimmed">
              {t('offline.banner.pending', { count: pending })}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
