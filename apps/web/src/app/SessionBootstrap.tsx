import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/auth/hooks/useSession';
import { CenteredLoader } from '../ui/CenteredLoader';
import { createSessionRefresher, emptyCacheOnUserChange } from './apollo-client';
import { toLanguage } from './i18n/i18n';
import { sessionStore } from './session-store';

/**
 * On app start, restores the session from the httpOnly refresh cookie (the access token is never persisted); empties
 * the Apollo cache whenever the signed-in user ends or changes; keeps the interface language in step with the
 * signed-in user's locale.
 */
export function SessionBootstrap({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { t, i18n } = useTranslation();
  const session = useSession();
  const started = useRef(false);

  // Before the restore below: every way a session ends or changes hands goes through the session store.
  useEffect(() => emptyCacheOnUserChange(client), [client]);

  useEffect(() => {
    if (started.current || sessionStore.getState().status !== 'restoring') return;
    started.current = true;
    void createSessionRefresher(() => client)()
      // Unreachable at start: no session is known in this tab yet, so the sign-in page it is.
      .catch(() => false)
      .then((restored) => {
        if (!restored) sessionStore.signOut();
      });
  }, [client]);

  const viewerLocale = session.viewer?.locale;
  const followedLocale = useRef<string | undefined>(undefined);
  useEffect(() => {
    // Only when the profile's locale changes: `i18n` changes identity on every language switch too, and following the
    // profile then would switch the interface back before the new locale is saved (or for good, if saving fails).
    if (viewerLocale === followedLocale.current) return;
    followedLocale.current = viewerLocale;
    if (viewerLocale) void i18n.changeLanguage(toLanguage(viewerLocale));
  }, [viewerLocale, i18n]);

  if (session.status === 'restoring') return <CenteredLoader label={t('common.loading')} />;
  return <>{children}</>;
}
