import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type Reference, type StoreObject } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { RefreshSessionDocument } from '../modules/auth/graphql/session.graphql';
import { sessionStore } from './session-store';

/** Operations that must never trigger the refresh-and-retry dance (they are how a session starts or ends). */
const NO_RETRY_OPERATIONS: ReadonlySet<string> = new Set(['Login', 'RefreshSession', 'Logout']);

interface AuthRetryContext {
  authRetried?: boolean;
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
      // An item answered on this device stays answered when a reading taken before its answer reached the server
      // lands: otherwise Today would offer it again, and a second answer be recorded.
      Challenge: {
        fields: {
          items: {
            merge(existing: readonly StoreObject[] | undefined, incoming: readonly StoreObject[], { readField }) {
              const questionOf = (item: StoreObject) => readField<string>('id', readField<Reference>('question', item));
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
 * rotates the cookie on every refresh.
 */
export function createSessionRefresher(getClient: () => ApolloClient): () => Promise<boolean> {
  let inFlight: Promise<boolean> | null = null;
  return () => {
    inFlight ??= getClient()
      .mutate({ mutation: RefreshSessionDocument, fetchPolicy: 'no-cache' })
      .then(({ data }) => {
        if (!data) return false;
        sessionStore.signIn({ accessToken: data.refreshSession.accessToken, viewer: data.refreshSession.viewer });
        return true;
      })
      .catch(() => false)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}

/** On UNAUTHENTICATED: refresh the session once and retry the operation; otherwise sign out (the guard goes to /login). */
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
