import { Button } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLearnSync } from '../hooks/learn-sync';
import { useHandOver } from '../hooks/useSwitchAdvisor';
import { HandOverDialog } from './HandOverDialog';

/**
 * "Switch advisor" on a shared boutique tablet. Refused, with the reason, while this advisor's answers still wait
 * on the device or until the server has ended the session (offline: reconnect first); otherwise a last confirmation,
 * then the device forgets them and the sign-in page opens.
 */
export function SwitchAdvisorButton() {
  const { t } = useTranslation();
  const { userId } = useLearnSync();
  const handOver = useHandOver(userId);
  return (
    <>
      <Button variant="subtle" size="xs" color="ink" leftSection={<IconUsers size={16} aria-hidden="true" />} onClick={() => void handOver.review()}>
        {t('learn.switch.action')}
      </Button>
      <HandOverDialog handOver={handOver} kind="switch" />
    </>
  );
}
