import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { sessionStore } from '../../../app/session-store';
import { LogoutDocument } from '../graphql/session.graphql';

/**
 * Revokes the session server-side (best effort), then forgets the token; signing out empties Apollo's cache
 * (`emptyCacheOnUserChange`, in `app/apollo-client.ts`).
 */
export function useLogout() {
  const [mutate, { loading }] = useMutation(LogoutDocument, { fetchPolicy: 'no-cache' });
  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // The cookie may already be gone; signing out locally is what matters.
    }
    sessionStore.signOut();
  }, [mutate]);
  return { logout, loading };
}
