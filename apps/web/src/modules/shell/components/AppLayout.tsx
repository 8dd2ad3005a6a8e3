import { AppShell, Box, Burger, Button, Container, Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../auth/components/LanguageSwitch';
import { useLogout } from '../../auth/hooks/useLogout';
import { useSession } from '../../auth/hooks/useSession';
import { CenteredLoader } from '../../../ui/CenteredLoader';
import { SpaceNav } from './SpaceNav';

/** The role-aware shell: maison name, the user's spaces, language and sign-out; a drawer below 48em. */
export function AppLayout() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { logout, loading } = useLogout();
  const navigate = useNavigate();
  const [drawerOpened, drawer] = useDisclosure(false);

  if (!viewer) return null;

  async function signOut() {
    drawer.close();
    await logout();
    await navigate('/login', { replace: true });
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
                onClick={() => void signOut()}
                loading={loading}
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
          <Button variant="default" leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={() => void signOut()} loading={loading}>
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
    </AppShell>
  );
}
