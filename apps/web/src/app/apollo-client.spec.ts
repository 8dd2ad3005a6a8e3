import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { waitFor } from '@testing-library/react';
import { Observable } from 'rxjs';
import type { SessionViewerFragment } from '../generated/graphql';
import { rejectionCode } from '../modules/learn/answer-transport';
import { aViewer } from '../testing/fixtures';
import { MyPlacementDocument, TodayChallengeDocument } from '../modules/learn/graphql/adaptive.graphql';
import { LearnerModuleDocument } from '../modules/learn/graphql/learn.graphql';
import { aChallenge, aChallengeItem, aLearnerModule, aLearnerQuestion, aPlacement, aSkill, trueFalseQuestion } from '../testing/learn';
import { authLink, createAuthErrorLink, createCache, createSessionRefresher, emptyCacheOnUserChange } from './apollo-client';
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

/** How the fake API answers RefreshSession: as a user (the cookie is theirs), with an error code, or not at all. */
type RefreshAnswer = { viewer: SessionViewerFragment } | { code: string } | 'unreachable';

/**
 * The app's own links and refresher in front of a fake API: `Me` is refused (the access token has expired), and
 * RefreshSession answers as told.
 */
function clientWithRefresh(answer: RefreshAnswer) {
  const api = new ApolloLink((operation) => {
    return new Observable((observer) => {
      if (operation.operationName !== 'RefreshSession') {
        observer.next({ errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
      } else if (answer === 'unreachable') {
        observer.error(new TypeError('Failed to fetch'));
        return;
      } else if ('code' in answer) {
        observer.next({ errors: [{ message: 'Session over', extensions: { code: answer.code } }] });
      } else {
        observer.next({ data: { refreshSession: { __typename: 'AuthPayload', accessToken: 'fresh-token', expiresAt: '2026-11-20T10:15:00Z', viewer: answer.viewer } } });
      }
      observer.complete();
    });
  });
  const cache = createCache();
  const client: ApolloClient = new ApolloClient({ cache, link: ApolloLink.from([createAuthErrorLink(createSessionRefresher(() => client)), authLink, api]) });
  return { client, cache };
}

const lea = aViewer({ id: 'advisor-lea' });
const hugo = aViewer({ id: 'advisor-hugo', displayName: 'Hugo Bernard' });
const writeMe = (cache: InMemoryCache) => cache.writeQuery({ query: MeQuery, data: { me: { __typename: 'Viewer', id: 'advisor-lea' } } });

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

  it('keeps the session when the refresh cannot reach the API, and fails the operation as a network error (kept for another try)', async () => {
    sessionStore.signIn({ accessToken: 'stale-token', viewer: lea });
    const { client } = clientWithRefresh('unreachable');

    const error: unknown = await client.query({ query: MeQuery }).then(
      () => null,
      (caught: unknown) => caught,
    );

    expect(error).toEqual(new TypeError('Failed to fetch'));
    // The answer queue keeps what fails so, and sends it again once the Wi-Fi is back.
    expect(rejectionCode(error)).toBeNull();
    expect(sessionStore.getState()).toEqual({ status: 'signedIn', viewer: lea });
    expect(sessionStore.getAccessToken()).toBe('stale-token');
  });

  it.each(['SESSION_EXPIRED', 'REFRESH_TOKEN_REUSED', 'UNAUTHENTICATED'])('signs out when the refresh answers %s', async (code) => {
    sessionStore.signIn({ accessToken: 'stale-token', viewer: lea });
    const { client } = clientWithRefresh({ code });

    await expect(client.query({ query: MeQuery })).rejects.toThrow('Unauthenticated');

    expect(sessionStore.getState()).toEqual({ status: 'signedOut', viewer: null });
    expect(sessionStore.getAccessToken()).toBeNull();
  });

  it('ends the session, and empties the cache, when the refresh comes back as another user (another tab signed in)', async () => {
    sessionStore.signIn({ accessToken: 'stale-token', viewer: lea });
    const { client, cache } = clientWithRefresh({ viewer: hugo });
    const stop = emptyCacheOnUserChange(client);
    writeMe(cache);

    await expect(client.query({ query: MeQuery, fetchPolicy: 'network-only' })).rejects.toThrow('Unauthenticated');

    // Not switched to Hugo with Léa's cache and pending answers: signed out, as if Léa's session had ended.
    expect(sessionStore.getState()).toEqual({ status: 'signedOut', viewer: null });
    expect(sessionStore.getAccessToken()).toBeNull();
    await waitFor(() => expect(cache.extract()).toEqual({}));
    stop();
  });

  it('sends no Authorization header when signed out', async () => {
    sessionStore.signOut();
    const seen: Array<string | undefined> = [];
    const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.from([authLink, fakeApi(seen)]) });
    await expect(client.query({ query: MeQuery })).rejects.toThrow();
    expect(seen).toEqual([undefined]);
  });
});

describe('the cache of a signed-in user', () => {
  it('is emptied when the user signs out or another signs in, and kept when only their profile changes', async () => {
    sessionStore.signIn({ accessToken: 'lea-token', viewer: lea });
    const { client, cache } = clientWithRefresh('unreachable');
    const stop = emptyCacheOnUserChange(client);
    writeMe(cache);

    sessionStore.updateViewer({ ...lea, locale: 'fr' });
    sessionStore.signIn({ accessToken: 'lea-token-2', viewer: lea });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cache.extract()).not.toEqual({});

    sessionStore.signIn({ accessToken: 'hugo-token', viewer: hugo });
    await waitFor(() => expect(cache.extract()).toEqual({}));

    writeMe(cache);
    sessionStore.signOut();
    await waitFor(() => expect(cache.extract()).toEqual({}));
    stop();
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

  it('keeps a module’s and a challenge’s texts in each language read, an item answered staying answered in its language', () => {
    const cache = createCache();
    const frenchPrompt = 'En quelle année la maison a-t-elle été fondée ?';
    const writeModule = (locale: string, module: Record<string, unknown>) =>
      cache.writeQuery({ query: LearnerModuleDocument, variables: { id: 'module-1', locale }, data: { learnerModule: module } as never });
    const moduleTexts = (locale: string) => {
      const module = cache.readQuery({ query: LearnerModuleDocument, variables: { id: 'module-1', locale } })?.learnerModule;
      return module && { title: module.title, summary: module.summary, prompt: module.questions[0].prompt };
    };
    writeModule('fr', aLearnerModule([aLearnerQuestion('q-founding', { prompt: frenchPrompt })], { title: 'La fondation', summary: 'Les débuts de la maison.' }));
    writeModule('en', aLearnerModule([aLearnerQuestion('q-founding')]));
    expect(moduleTexts('fr')).toEqual({ title: 'La fondation', summary: 'Les débuts de la maison.', prompt: frenchPrompt });
    expect(moduleTexts('en')).toEqual({ title: 'The founding', summary: 'How the maison began.', prompt: 'In which year was the maison founded?' });

    const fondation = aChallengeItem(aLearnerQuestion('q-founding', { prompt: frenchPrompt }), 'GAP', aSkill('heritage.founding', 'La fondation'));
    const writeChallenge = (locale: string, items: Array<Record<string, unknown>>) =>
      cache.writeQuery({ query: TodayChallengeDocument, variables: { locale }, data: { todayChallenge: aChallenge(items) } as never });
    const challengeItems = (locale: string) =>
      cache
        .readQuery({ query: TodayChallengeDocument, variables: { locale } })
        ?.todayChallenge?.items.map((item) => ({ prompt: item.question.prompt, skill: item.skill.name, answered: item.answered }));
    writeChallenge('fr', [{ ...fondation, answered: true }]);
    writeChallenge('en', [founding]);
    writeChallenge('fr', [fondation]); // read before the answer reached the server
    expect(challengeItems('fr')).toEqual([{ prompt: frenchPrompt, skill: 'La fondation', answered: true }]);
    expect(challengeItems('en')).toEqual([{ prompt: 'In which year was the maison founded?', skill: 'The founding', answered: false }]);
  });

  it('keeps a question as each reading shows it: a module’s version, a challenge’s newer one, the placement in each language', () => {
    const cache = createCache();
    const asked = (question: Record<string, unknown> | null | undefined) => question && { versionId: question['versionId'], prompt: question['prompt'] };
    const placement = (locale: string, prompt: string) =>
      cache.writeQuery({ query: MyPlacementDocument, variables: { locale }, data: { myPlacement: aPlacement({ status: 'IN_PROGRESS', question: aLearnerQuestion('q-founding', { prompt }) }) } as never });
    cache.writeQuery({ query: LearnerModuleDocument, variables: { id: 'module-1', locale: 'en' }, data: { learnerModule: aLearnerModule([aLearnerQuestion('q-founding')]) } as never });
    write(cache, [aChallengeItem(aLearnerQuestion('q-founding', { versionId: 'q-founding-v2', prompt: 'When did Aurèle open his saddlery?' }), 'GAP', aSkill('heritage.founding', 'The founding'))]);
    placement('fr', 'En quelle année la maison a-t-elle été fondée ?');
    placement('en', 'In which year was the maison founded?');

    const module = cache.readQuery({ query: LearnerModuleDocument, variables: { id: 'module-1', locale: 'en' } })?.learnerModule;
    expect(asked(module?.questions[0])).toEqual({ versionId: 'q-founding-v1', prompt: 'In which year was the maison founded?' });
    expect(asked(read(cache)?.items[0].question)).toEqual({ versionId: 'q-founding-v2', prompt: 'When did Aurèle open his saddlery?' });
    expect(asked(cache.readQuery({ query: MyPlacementDocument, variables: { locale: 'fr' } })?.myPlacement?.question)).toEqual({
      versionId: 'q-founding-v1',
      prompt: 'En quelle année la maison a-t-elle été fondée ?',
    });
  });
});
