import { CloseButton, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { OfflineBanner } from '../../offline/components/OfflineBanner';
import { LearnSyncContext, useLearnSync } from '../hooks/learn-sync';
import { useLearnSyncValue } from '../hooks/useLearnSyncValue';
import classes from './Learn.module.css';
import { SwitchAdvisorButton } from './SwitchAdvisorButton';
// The learn space's tabs look like the space navigation above them.
import navClasses from '../../shell/components/SpaceNav.module.css';

/**
 * An advisor's one answer sync, started with the shell (see `AppLayout`): the learn space's pages and the header's
 * "Sign out" share it, and what waits on the device is sent whichever space is open.
 */
export function LearnSyncProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const sync = useLearnSyncValue(userId);
  return <LearnSyncContext.Provider value={sync}>{children}</LearnSyncContext.Provider>;
}

/** The advisor's space: Today, the path and Progress, the offline note, the tablet hand-over. */
export function LearnLayout() {
  const { t } = useTranslation();
  const sync = useLearnSync();
  return (
    <div data-testid="space-learn">
      <Stack gap="sm" mb="lg">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <nav aria-label={t('learn.nav.label')}>
            <Group gap="lg" wrap="nowrap">
              <UnstyledButton component={NavLink} to="/learn" end className={navClasses.link}>
                {t('learn.nav.today')}
              </UnstyledButton>
              <UnstyledButton component={NavLink} to="/learn/path" className={navClasses.link}>
                {t('learn.nav.path')}
              </UnstyledButton>
              <UnstyledButton component={NavLink} to="/learn/progress" className={navClasses.link}>
                {t('learn.nav.progress')}
              </UnstyledButton>
            </Group>
          </nav>
          <SwitchAdvisorButton />
        </Group>
        <OfflineBanner online={sync.online} pending={sync.pending} />
        {sync.refusedLater > 0 ? (
          <Group className={classes.note} gap="xs" wrap="nowrap" justify="space-between" role="status">
            <Text size="sm">{t('learn.refusedLater', { count: sync.refusedLater })}</Text>
            <CloseButton size="sm" onClick={sync.dismissRefusedLater} aria-label={t('learn.dismiss')} />
          </Group>
        ) : null}
      </Stack>
      <Outlet />
    </div>
  );
}
