import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { sessionStore } from '../../../app/session-store';
import type { LoginInput, SessionViewerFragment } from '../../../generated/graphql';
import { LoginDocument } from '../graphql/session.graphql';

/** Signs in; on success the session store holds the token (in memory) and the viewer. Throws the API error. */
export function useLogin() {
  const [mutate, { loading }] = useMutation(LoginDocument, { fetchPolicy: 'no-cache' });
  const login = useCallback(
    async (input: LoginInput): Promise<SessionViewerFragment> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('Login returned no data');
      sessionStore.signIn({ accessToken: data.login.accessToken, viewer: data.login.viewer });
      return data.login.viewer;
    },
    [mutate],
  );
  return { login, loading };
}
