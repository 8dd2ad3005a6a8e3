import { AppShell, Box, Burger, Button, Container, Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { canOpen } from '../../../app/spaces';
import type { SessionViewerFragment } from '../../../generated/graphql';
import { LanguageSwitch } from '../../auth/components/LanguageSwitch';
import { useSession } from '../../auth/hooks/useSession';
import { HandOverDialog } from '../../learn/components/HandOverDialog';
import { LearnSyncProvider } from '../../learn/components/LearnLayout';
import { useHandOver } from '../../learn/hooks/useSwitchAdvisor';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { SpaceNav } from './SpaceNav';

/** The role-aware shell: maison name, the user's spaces, language and sign-out; a drawer below 48em. */
export function AppLayout() {
  const { viewer } = useSession();
  if (!viewer) return null;
  const shell = <Shell viewer={viewer} />;
  // An advisor's answers are sent whichever space is open, and "Sign out" can send what still waits.
  return canOpen(viewer.roles, 'learn') ? <LearnSyncProvider userId={viewer.id}>{shell}</LearnSyncProvider> : shell;
}

function Shell({ viewer }: { viewer: SessionViewerFragment }) {
  const { t } = useTranslation();
  // "Sign out" as "Switch advisor": never while this advisor's answers still wait on the device.
  const handOver = useHandOver(viewer.id);
  const [drawerOpened, drawer] = useDisclosure(false);

  function signOut() {
    drawer.close();
    void handOver.leave();
  }

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <AppShell.Header withBorder style={{ background: 'var(--mantine-color-body)' }}>
        <Container size="lg" h="100%" px={{ base: 'md', sm: 'xl' }}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={drawerOpened}
                onClick={drawer.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('shell.openMenu')}
              />
              <Text component="span" ff="heading" fz={22} fw={600} truncate="end" data-testid="maison-name">
                {viewer.maison.name}
              </Text>
            </Group>
            <Box visibleFrom="sm">
              <SpaceNav roles={viewer.roles} orientation="horizontal" />
            </Box>
            <Group gap="sm" visibleFrom="sm" wrap="nowrap">
              <LanguageSwitch />
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconLogout size={16} aria-hidden="true" />}
                onClick={signOut}
                loading={handOver.busy}
              >
                {t('shell.signOut')}
              </Button>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>

      <Drawer opened={drawerOpened} onClose={drawer.close} size="80%" title={<Text component="span" ff="heading" fz={22} fw={600}>{viewer.maison.name}</Text>} closeButtonProps={{ 'aria-label': t('shell.closeMenu') }}>
        <Stack gap="lg">
          <SpaceNav roles={viewer.roles} orientation="vertical" onNavigate={drawer.close} />
          <Divider />
          <LanguageSwitch fullWidth />
          <Button variant="default" leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={signOut} loading={handOver.busy}>
            {t('shell.signOut')}
          </Button>
        </Stack>
      </Drawer>

      <AppShell.Main>
        <Container size="lg" py={{ base: 'lg', sm: 48 }} px={{ base: 'md', sm: 'xl' }} className="savoir-fade-in">
          <Suspense fallback={<CenteredLoader label={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
      <HandOverDialog handOver={handOver} kind="signOut" />
    </AppShell>
  );
}
