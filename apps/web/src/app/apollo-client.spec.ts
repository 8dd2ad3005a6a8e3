import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { aViewer } from '../testing/fixtures';
import { TodayChallengeDocument } from '../modules/learn/graphql/adaptive.graphql';
import { aChallenge, aChallengeItem, aLearnerQuestion, aSkill, trueFalseQuestion } from '../testing/learn';
import { authLink, createAuthErrorLink, createCache } from './apollo-client';
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

describe('the cache', () => {
  const founding = aChallengeItem(aLearnerQuestion('q-founding'), 'GAP', aSkill('heritage.founding', 'The founding'));
  const boutique = aChallengeItem(trueFalseQuestion('q-boutique'), 'REVIEW', aSkill('heritage.boutiques', 'The boutiques'));
  const write = (cache: InMemoryCache, items: Array<Record<string, unknown>>) =>
    cache.writeQuery({ query: TodayChallengeDocument, variables: { locale: 'en' }, data: { todayChallenge: aChallenge(items) } as never });
  const read = (cache: InMemoryCache) => cache.readQuery({ query: TodayChallengeDocument, variables: { locale: 'en' } })?.todayChallenge;

  it('keeps an item answered on the device answered when an older reading of the challenge lands', () => {
    const cache = createCache();
    write(cache, [{ ...founding, answered: true }, boutique]);
    write(cache, [founding, boutique]); // read before the answer reached the server
    expect(read(cache)?.items.map((item) => item.answered)).toEqual([true, false]);
    expect(read(cache)?.completed).toBe(false);
    write(cache, [founding, { ...boutique, answered: true }]);
    expect(read(cache)?.items.map((item) => item.answered)).toEqual([true, true]);
    expect(read(cache)?.completed).toBe(true);
  });

  it('takes a new challenge as it comes', () => {
    const cache = createCache();
    write(cache, [{ ...founding, answered: true }]);
    cache.writeQuery({ query: TodayChallengeDocument, variables: { locale: 'en' }, data: { todayChallenge: aChallenge([founding], { id: 'challenge-2' }) } as never });
    expect(read(cache)?.items.map((item) => item.answered)).toEqual([false]);
  });
});
