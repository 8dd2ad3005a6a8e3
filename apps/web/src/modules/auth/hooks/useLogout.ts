import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { sessionStore } from '../../../app/session-store';
import { LogoutDocument } from '../graphql/session.graphql';

/** Revokes the session server-side (best effort), then forgets the token and every cached row. */
export function useLogout() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LogoutDocument, { fetchPolicy: 'no-cache' });
  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // The cookie may already be gone; signing out locally is what matters.
    }
    sessionStore.signOut();
    await client.clearStore();
  }, [client, mutate]);
  return { logout, loading };
}
