import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldFunctionOptions, type FieldPolicy, type Reference, type StoreObject } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { RefreshSessionDocument } from '../modules/auth/graphql/session.graphql';
import { sessionStore, type SessionState } from './session-store';

/** Operations that must never trigger the refresh-and-retry dance (they are how a session starts or ends). */
const NO_RETRY_OPERATIONS: ReadonlySet<string> = new Set(['Login', 'RefreshSession', 'Logout']);

/** The codes with which the API refuses a refresh because the session is over; anything else leaves it open. */
const SESSION_OVER_CODES: ReadonlySet<string> = new Set(['SESSION_EXPIRED', 'REFRESH_TOKEN_REUSED', 'UNAUTHENTICATED']);

function endsSession(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((item) => SESSION_OVER_CODES.has(String(item.extensions?.['code'])));
}

interface AuthRetryContext {
  authRetried?: boolean;
}

/**
 * A field whose value is in the reading's language, on a type that does not carry it: kept once per `$locale` of the
 * query that read it, so that a reading in French and one in English of the same object do not overwrite each other.
 */
const inReadingLocale: FieldPolicy = {
  keyArgs: (_args, { fieldName, variables }) => (typeof variables?.['locale'] === 'string' ? `${fieldName}:${variables['locale']}` : undefined),
};

/** The question a cached challenge item asks (kept inside the item, like every learner question). */
export function questionOfChallengeItem(item: StoreObject | Reference, readField: FieldFunctionOptions['readField']): string | undefined {
  return readField<string>('id', readField<StoreObject>('question', item));
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Cohort: { fields: { members: { merge: false } } },
      Region: { fields: { boutiques: { merge: false } } },
      // A skill's texts have no id of their own: merge the fields each query selects (text in several locales).
      LocalisedText: { merge: true },
      Skill: { fields: { prerequisites: { merge: false } } },
      // Outlines and drafts are sent whole: the newest list replaces the cached one (a removed item stays removed).
      Program: { fields: { modules: { merge: false }, targetSkills: { merge: false } } },
      ModuleVersion: { fields: { texts: { merge: false }, targetSkills: { merge: false }, questions: { merge: false } } },
      QuestionVersion: { fields: { texts: { merge: false } } },
      UserImport: { fields: { issues: { merge: false } } },
      // A learner's choices are ids local to their question (`a`, `b`…): never one cache entry across questions.
      LearnerChoice: { keyFields: false },
      // A question as one reading shows it: the version its module or challenge holds, in the reading's language (which
      // the type does not carry). Kept inside that reading, never one entry by id that another would overwrite.
      LearnerQuestion: { keyFields: false },
      // A module as the learner reads it: its texts in each language read, its progress (in none) shared by them. A
      // version's questions are sent whole (a newer version may hold fewer).
      LearnerModule: {
        fields: { title: inReadingLocale, summary: inReadingLocale, blocks: inReadingLocale, questions: { ...inReadingLocale, merge: false } },
      },
      Challenge: {
        fields: {
          // The items hold the questions' texts, so each language read keeps its own. An item answered on this device
          // stays answered when a reading taken before its answer reached the server lands: otherwise Today would offer
          // it again, and a second answer be recorded.
          items: {
            ...inReadingLocale,
            merge(existing: readonly StoreObject[] | undefined, incoming: readonly StoreObject[], { readField }) {
              const questionOf = (item: StoreObject) => questionOfChallengeItem(item, readField);
              const answered = new Set((existing ?? []).filter((item) => readField<boolean>('answered', item)).map(questionOf));
              return incoming.map((item) => (!readField<boolean>('answered', item) && answered.has(questionOf(item)) ? { ...item, answered: true } : item));
            },
          },
          completed: {
            read(completed: boolean | undefined, { readField }) {
              const items = readField<readonly StoreObject[]>('items');
              return completed || (items !== undefined && items.length > 0 && items.every((item) => readField<boolean>('answered', item)));
            },
          },
        },
      },
    },
  });
}

/** Adds `Authorization: Bearer <token>` at send time, so a retried operation carries the refreshed token. */
export const authLink = new ApolloLink((operation, forward) => {
  const token = sessionStore.getAccessToken();
  if (token) {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

/**
 * Restores the session from the httpOnly refresh cookie. Concurrent callers share one request, since the API
 * rotates the cookie on every refresh. Resolves false when the session is over, for the caller to sign out: the API
 * says so, or the cookie is now another user's (another tab signed in as them). Rejects with the error when the API
 * cannot be reached: a Wi-Fi drop does not end a session whose cookie is still valid.
 */
export function createSessionRefresher(getClient: () => ApolloClient): () => Promise<boolean> {
  let inFlight: Promise<boolean> | null = null;
  return () => {
    inFlight ??= getClient()
      .mutate({ mutation: RefreshSessionDocument, fetchPolicy: 'no-cache' })
      .then(
        ({ data }) => {
          if (!data) return false;
          const { accessToken, viewer } = data.refreshSession;
          // Switching this tab to the other user would show them this one's cache and send this one's pending work
          // under their name: this user's session is over here.
          const current = sessionStore.getState().viewer;
          if (current && current.id !== viewer.id) return false;
          sessionStore.signIn({ accessToken, viewer });
          return true;
        },
        (error: unknown) => {
          if (endsSession(error)) return false;
          throw error;
        },
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}

/**
 * On UNAUTHENTICATED: refresh the session once and retry the operation; sign out only when the session is over (the
 * guard goes to /login). When the refresh cannot reach the API, the operation fails with that network error and the
 * session stays: the answer queue keeps its items for another try.
 */
export function createAuthErrorLink(refresh: () => Promise<boolean>): ErrorLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED')) return;
    if (NO_RETRY_OPERATIONS.has(operation.operationName ?? '')) return;
    const context = operation.getContext() as AuthRetryContext;
    if (context.authRetried) {
      sessionStore.signOut();
      return;
    }
    return from(refresh()).pipe(
      switchMap((refreshed) => {
        if (!refreshed) {
          sessionStore.signOut();
          return throwError(() => error);
        }
        operation.setContext({ authRetried: true });
        return forward(operation);
      }),
    );
  });
}

const signedInUser = (state: SessionState): string | null => (state.status === 'signedIn' ? (state.viewer?.id ?? null) : null);

/**
 * Empties the cache whenever the signed-in user ends (signed out for any reason) or changes (signed in as someone
 * else): on a shared tablet the next advisor never sees the last one's Today, challenge or progress. The one place
 * that does it; returns the unsubscribe.
 */
export function emptyCacheOnUserChange(client: ApolloClient): () => void {
  let owner = signedInUser(sessionStore.getState());
  return sessionStore.subscribe(() => {
    const user = signedInUser(sessionStore.getState());
    if (owner !== null && user !== owner) void client.clearStore();
    owner = user;
  });
}

export interface AppApolloClient {
  client: ApolloClient;
  refreshSession: () => Promise<boolean>;
}

export function createApolloClient(uri = '/graphql'): AppApolloClient {
  const httpLink = new HttpLink({ uri, credentials: 'include' });
  let client: ApolloClient | null = null;
  const getClient = (): ApolloClient => {
    if (!client) throw new Error('Apollo client not created yet');
    return client;
  };
  const refreshSession = createSessionRefresher(getClient);
  client = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([createAuthErrorLink(refreshSession), authLink, httpLink]),
  });
  return { client, refreshSession };
}
