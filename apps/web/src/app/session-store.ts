import type { SessionViewerFragment } from '../generated/graphql';

export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface SessionState {
  status: SessionStatus;
  viewer: SessionViewerFragment | null;
}

interface SessionPayload {
  accessToken: string;
  viewer: SessionViewerFragment;
}

/**
 * The signed-in session. The access token is kept in memory only (never localStorage): a reload restores it
 * through `refreshSession`, which reads the httpOnly refresh cookie. React reads the state through
 * `useSyncExternalStore`; the Apollo links read the token directly.
 */
let accessToken: string | null = null;
let state: SessionState = { status: 'restoring', viewer: null };
const listeners = new Set<() => void>();

function emit(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  getState(): SessionState {
    return state;
  },
  getAccessToken(): string | null {
    return accessToken;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn(payload: SessionPayload): void {
    accessToken = payload.accessToken;
    emit({ status: 'signedIn', viewer: payload.viewer });
  },
  updateViewer(viewer: SessionViewerFragment): void {
    if (state.status !== 'signedIn') return;
    emit({ status: 'signedIn', viewer });
  },
  signOut(): void {
    accessToken = null;
    emit({ status: 'signedOut', viewer: null });
  },
  /** Back to the state of a fresh page load (tests). */
  reset(): void {
    accessToken = null;
    emit({ status: 'restoring', viewer: null });
  },
};
