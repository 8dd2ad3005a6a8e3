import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { pathAfterSignIn } from '../app/spaces';
import { LanguageSwitch } from '../modules/auth/components/LanguageSwitch';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { useSession } from '../modules/auth/hooks/useSession';

/** Sign-in; then back to where the user was going when the session ended (`RequireSession` keeps it), if they may. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { status, viewer } = useSession();
  const from = (location.state as { from?: unknown } | null)?.from;

  if (status === 'signedIn' && viewer) return <Navigate to={pathAfterSignIn(from, viewer.roles)} replace />;

  return (
    <Box component="main" mih="100dvh" px="md" py={48}>
      <Center>
        <Stack w="100%" maw={400} gap="xl">
          <Group justify="flex-end">
            <LanguageSwitch />
          </Group>
          <Stack gap={4} align="center">
            <Title order={1} fz={44}>
              Savoir
            </Title>
            <hr className="savoir-rule" aria-hidden="true" />
            <Text c="dimmed" ta="center" mt="xs">
              {t('login.tagline')}
            </Text>
          </Stack>
          <Paper p={{ base: 'lg', sm: 'xl' }} bg="white">
            <Stack gap="lg">
              <Title order={2} fz={26}>
                {t('login.title')}
              </Title>
              <LoginForm onSignedIn={(signedIn) => void navigate(pathAfterSignIn(from, signedIn.roles), { replace: true })} />
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
