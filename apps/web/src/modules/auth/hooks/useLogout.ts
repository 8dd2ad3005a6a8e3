import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { sessionStore } from '../../../app/session-store';
import { LogoutDocument } from '../graphql/session.graphql';

/** A Logout that never settles (a Wi-Fi that holds requests) would hold "Sign out": give up, the session stays. */
const LOGOUT_TIMEOUT_MS = 12_000;

/** The server did not end the session (offline, the API out of reach): it stays open, here and there. */
export class SessionNotEndedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The server did not end the session', options);
    this.name = 'SessionNotEndedError';
  }
}

/**
 * Ends the session on the server, then here: forgets the token, which empties Apollo's cache
 * (`emptyCacheOnUserChange`, in `app/apollo-client.ts`).
 *
 * Only the server can clear the httpOnly cookie from which the next app start restores the session: when Logout
 * fails (offline, the API out of reach), `logout` rejects with `SessionNotEndedError` and nothing changes here, so
 * that the next colleague never opens as this user. `beforeSignOut` runs once the server has ended the session; the
 * device signs out even if it fails.
 */
export function useLogout() {
  const [mutate, { loading }] = useMutation(LogoutDocument, { fetchPolicy: 'no-cache' });
  const logout = useCallback(
    async (beforeSignOut?: () => Promise<unknown>): Promise<void> => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), LOGOUT_TIMEOUT_MS);
      try {
        const { data } = await mutate({ context: { fetchOptions: { signal: controller.signal } } });
        if (!data?.logout) throw new SessionNotEndedError();
      } catch (error) {
        throw error instanceof SessionNotEndedError ? error : new SessionNotEndedError({ cause: error });
      } finally {
        clearTimeout(timer);
      }
      try {
        await beforeSignOut?.();
      } finally {
        sessionStore.signOut();
      }
    },
    [mutate],
  );
  return { logout, loading };
}
