import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandOver } from '../hooks/useSwitchAdvisor';

/**
 * The dialog of a sign-out the user asked for: a last confirmation once nothing of theirs waits on the device and the
 * device is online; otherwise how many answers still wait, and "Send now" (or, offline, to reconnect first); or, when
 * only the server stands in the way (offline, or it could not end the session), that the session is still open
 * and to reconnect first. It never says the device forgot the session before the server has ended it.
 */
export function HandOverDialog({ handOver, kind }: { handOver: HandOver; kind: 'switch' | 'signOut' }) {
  const { t } = useTranslation();
  const { opened, close, state, busy, online, canSend, leave, sendNow } = handOver;
  // Nothing waits, but only the server can end the session (its cookie would restore it at the next app start).
  const sessionStaysOpen = state !== null && state.pending === 0 && (state.unreachable || !online);
  return (
    <Modal opened={opened} onClose={close} title={t(`learn.${kind}.title`)} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      {state === null ? (
        <Group justify="center" py="md">
          <Loader size="sm" color="gold" aria-label={t('common.loading')} />
        </Group>
      ) : sessionStaysOpen ? (
        <Stack gap="md">
          <Text role="status">{t('session.stillOpen')}</Text>
          <Text size="sm" c="dimmed">
            {t('session.reconnectToClose')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('learn.switch.close')}
            </Button>
            <Button onClick={() => void leave()} loading={busy} disabled={!online}>
              {t(`learn.${kind}.confirm`)}
            </Button>
          </Group>
        </Stack>
      ) : state.ok ? (
        <Stack gap="md">
          <Text>{t(`learn.${kind}.ready`)}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void leave()} loading={busy}>
              {t(`learn.${kind}.confirm`)}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text role="status">{t('learn.switch.waiting', { count: state.pending })}</Text>
          <Text size="sm" c="dimmed">
            {online ? t(`learn.${kind}.sendHint`) : t('learn.switch.reconnect')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('learn.switch.close')}
            </Button>
            <Button onClick={() => void sendNow()} loading={busy} disabled={!online || !canSend}>
              {t('learn.switch.sendNow')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
