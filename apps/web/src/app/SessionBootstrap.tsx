import { useApolloClient } from '@apollo/client/react';
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/auth/hooks/useSession';
import { CenteredLoader } from '../ui/CenteredLoader';
import { createSessionRefresher, emptyCacheOnUserChange } from './apollo-client';
import { toLanguage } from './i18n/i18n';
import { sessionStore } from './session-store';

/** Where the restore stands while the session is restoring: under way, or the API out of reach (trying again). */
type RestorePhase = 'restoring' | 'unreachable' | 'retrying';

/**
 * On app start, restores the session from the httpOnly refresh cookie (the access token is never persisted); empties
 * the Apollo cache whenever the signed-in user ends or changes; keeps the interface language in step with the
 * signed-in user's locale.
 *
 * Only the API can say the session is over (the cookie is httpOnly): opened offline, the app waits for the connection
 * (a calm note, and "Try again") and restores the session when it returns, rather than showing a sign-in page it
 * could not leave.
 */
export function SessionBootstrap({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { t, i18n } = useTranslation();
  const session = useSession();
  const refresh = useMemo(() => createSessionRefresher(() => client), [client]);
  const inFlight = useRef(false);
  const [phase, setPhase] = useState<RestorePhase>('restoring');

  // Before the restore below: every way a session ends or changes hands goes through the session store.
  useEffect(() => emptyCacheOnUserChange(client), [client]);

  const restore = useCallback(() => {
    if (inFlight.current || sessionStore.getState().status !== 'restoring') return;
    inFlight.current = true;
    setPhase((current) => (current === 'restoring' ? current : 'retrying'));
    void refresh()
      .then(
        (restored) => {
          // The API says the session is over (or the cookie is now another user's): the sign-in page it is.
          if (!restored) sessionStore.signOut();
          setPhase('restoring');
        },
        // Out of reach (offline, the API down): the session may well still be open; it is tried again.
        () => setPhase('unreachable'),
      )
      .finally(() => {
        inFlight.current = false;
      });
  }, [refresh]);

  useEffect(restore, [restore]);

  const waiting = session.status === 'restoring' && phase !== 'restoring';
  useEffect(() => {
    if (!waiting) return undefined;
    window.addEventListener('online', restore);
    return () => window.removeEventListener('online', restore);
  }, [waiting, restore]);

  const viewerLocale = session.viewer?.locale;
  const followedLocale = useRef<string | undefined>(undefined);
  useEffect(() => {
    // Only when the profile's locale changes: `i18n` changes identity on every language switch too, and following the
    // profile then would switch the interface back before the new locale is saved (or for good, if saving fails).
    if (viewerLocale === followedLocale.current) return;
    followedLocale.current = viewerLocale;
    if (viewerLocale) void i18n.changeLanguage(toLanguage(viewerLocale));
  }, [viewerLocale, i18n]);

  if (waiting) return <SessionUnreachable retrying={phase === 'retrying'} onRetry={restore} />;
  if (session.status === 'restoring') return <CenteredLoader label={t('common.loading')} />;
  return <>{children}</>;
}

/** Opened while the API is out of reach: a quiet note, not an error, and a way to try again at once. */
function SessionUnreachable({ retrying, onRetry }: { retrying: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" px="md" py="xl">
      <Stack gap="md" align="center" maw={420} ta="center" role="status" aria-live="polite">
        <IconCloudOff size={28} stroke={1.25} color="var(--savoir-gold)" aria-hidden="true" />
        <Title order={1} fz="h3">
          {t('session.unreachableTitle')}
        </Title>
        <Text c="dimmed">{t('session.unreachableBody')}</Text>
        <Button variant="default" onClick={onRetry} loading={retrying}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
