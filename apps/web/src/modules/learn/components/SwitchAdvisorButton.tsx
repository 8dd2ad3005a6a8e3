import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvisorSwitchCheck } from '../../offline/device-data';
import { useLearnSync } from '../hooks/learn-sync';
import { useSwitchAdvisor } from '../hooks/useSwitchAdvisor';

/**
 * "Switch advisor" on a shared boutique tablet. Refused, with the reason, while this advisor's answers still wait
 * on the device; otherwise a last confirmation, then the device forgets them and the sign-in page opens.
 */
export function SwitchAdvisorButton() {
  const { t } = useTranslation();
  const { userId, online, flush } = useLearnSync();
  const { check, switchAdvisor, loading } = useSwitchAdvisor(userId);
  const [opened, setOpened] = useState(false);
  const [state, setState] = useState<AdvisorSwitchCheck | null>(null);
  const [busy, setBusy] = useState(false);

  async function open() {
    setOpened(true);
    setState(null);
    setState(await check());
  }

  async function sendNow() {
    setBusy(true);
    try {
      await flush();
      setState(await check());
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    setBusy(true);
    try {
      const result = await switchAdvisor();
      if (!result.ok) setState(result);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="subtle" size="xs" color="ink" leftSection={<IconUsers size={16} aria-hidden="true" />} onClick={() => void open()}>
        {t('learn.switch.action')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('learn.switch.title')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
        {state === null ? (
          <Group justify="center" py="md">
            <Loader size="sm" color="gold" aria-label={t('common.loading')} />
          </Group>
        ) : state.ok ? (
          <Stack gap="md">
            <Text>{t('learn.switch.ready')}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void confirm()} loading={busy || loading}>
                {t('learn.switch.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            <Text role="status">{t('learn.switch.waiting', { count: state.pending })}</Text>
            <Text size="sm" c="dimmed">
              {online ? t('learn.switch.sendHint') : t('learn.switch.reconnect')}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('learn.switch.close')}
              </Button>
              <Button onClick={() => void sendNow()} loading={busy} disabled={!online}>
                {t('learn.switch.sendNow')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
