import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { aViewer } from '../testing/fixtures';
import { authLink, createAuthErrorLink } from './apollo-client';
import { sessionStore } from './session-store';

const MeQuery = gql`
  query Me {
    me {
      id
    }
  }
`;

/** A fake API: accepts only `Bearer fresh-token`, answers UNAUTHENTICATED otherwise, and records what it saw. */
function fakeApi(seen: Array<string | undefined>) {
  return new ApolloLink((operation) => {
    const headers = (operation.getContext() as { headers?: Record<string, string> }).headers;
    seen.push(headers?.['authorization']);
    return new Observable((observer) => {
      if (headers?.['authorization'] === 'Bearer fresh-token') {
        observer.next({ data: { me: { __typename: 'Viewer', id: 'viewer-1' } } });
      } else {
        observer.next({ errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      observer.complete();
    });
  });
}

afterEach(() => sessionStore.reset());

describe('the auth links', () => {
  it('refreshes the session once on UNAUTHENTICATED and retries with the new token', async () => {
    sessionStore.signIn({ accessToken: 'stale-token', viewer: aViewer() });
    const seen: Array<string | undefined> = [];
    const refresh = jest.fn(async () => {
      sessionStore.signIn({ accessToken: 'fresh-token', viewer: aViewer() });
      return true;
    });
    const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.from([createAuthErrorLink(refresh), authLink, fakeApi(seen)]) });

    const { data } = await client.query({ query: MeQuery });

    expect(data).toEqual({ me: { __typename: 'Viewer', id: 'viewer-1' } });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['Bearer stale-token', 'Bearer fresh-token']);
  });

  it('signs out when the session cannot be refreshed', async () => {
    sessionStore.signIn({ accessToken: 'stale-token', viewer: aViewer() });
    const refresh = jest.fn(async () => false);
    const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.from([createAuthErrorLink(refresh), authLink, fakeApi([])]) });

    await expect(client.query({ query: MeQuery })).rejects.toThrow('Unauthenticated');

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(sessionStore.getState().status).toBe('signedOut');
    expect(sessionStore.getAccessToken()).toBeNull();
  });

  it('sends no Authorization header when signed out', async () => {
    sessionStore.signOut();
    const seen: Array<string | undefined> = [];
    const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.from([authLink, fakeApi(seen)]) });
    await expect(client.query({ query: MeQuery })).rejects.toThrow();
    expect(seen).toEqual([undefined]);
  });
});
