import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RefreshSessionDocument } from '../modules/auth/graphql/session.graphql';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { aGamification, gamificationMock, learnTodayMocks, teamQuestMock } from '../testing/learn';
import { renderApp } from '../testing/render-app';
import { sessionStore } from './session-store';

afterEach(() => {
  sessionStore.reset();
  jest.restoreAllMocks();
});

const lea = aViewer({ id: 'advisor-lea', roles: ['ADVISOR'] });

const refreshUnreachable = (): MockLink.MockedResponse => ({ request: { query: RefreshSessionDocument }, error: new TypeError('Failed to fetch') });
const refreshAs = (viewer = lea): MockLink.MockedResponse => ({
  request: { query: RefreshSessionDocument },
  result: { data: { refreshSession: { __typename: 'AuthPayload', accessToken: 'restored-token', expiresAt: '2030-01-01T00:00:00.000Z', viewer } } },
});

/** The browser's view of the connection, as the `online` and `offline` events tell it. */
function connection(online: boolean) {
  act(() => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

const UNREACHABLE = 'Savoir cannot be reached from this device right now. Your session will open by itself as soon as the connection returns.';

describe('restoring the session at app start', () => {
  it('opened offline, waits calmly for the connection instead of asking to sign in, then opens the session', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    renderApp({ route: '/learn', viewer: 'restoring', mocks: [refreshUnreachable(), refreshAs(), ...learnTodayMocks()] });

    expect(await screen.findByText(UNREACHABLE)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Waiting for the connection' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(sessionStore.getState().status).toBe('restoring');

    connection(true);

    expect(await screen.findByTestId('space-learn')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/learn');
    expect(sessionStore.getAccessToken()).toBe('restored-token');
  });

  it('tries again on “Try again”, for a connection the browser believes is up', async () => {
    renderApp({ route: '/learn', viewer: 'restoring', mocks: [refreshUnreachable(), refreshUnreachable(), refreshAs(), ...learnTodayMocks()] });
    const user = userEvent.setup();

    await screen.findByText(UNREACHABLE);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(UNREACHABLE)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByTestId('space-learn')).toBeInTheDocument();
    expect(sessionStore.getState().status).toBe('signedIn');
  });

  it('goes to the sign-in page only when the API says the session is over', async () => {
    renderApp({ route: '/learn', viewer: 'restoring', mocks: [{ request: { query: RefreshSessionDocument }, result: graphQLErrorResult('SESSION_EXPIRED', 'Session expired') }] });

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(screen.queryByText(UNREACHABLE)).not.toBeInTheDocument();
  });

  it('says it in French', async () => {
    renderApp({ route: '/learn', viewer: 'restoring', language: 'fr', mocks: [refreshUnreachable()] });

    expect(await screen.findByRole('heading', { name: 'En attente de la connexion' })).toBeInTheDocument();
    expect(screen.getByText('Savoir est injoignable depuis cet appareil pour le moment. Votre session s’ouvrira d’elle-même dès le retour de la connexion.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});

describe('the session on a shared device', () => {
  it('empties the cache when the session ends without “Sign out”, so the next advisor sees nothing of the last one', async () => {
    const { cache } = renderApp({ route: '/learn/progress', viewer: aViewer({ id: 'advisor-lea' }), mocks: [gamificationMock('en', aGamification()), teamQuestMock()] });
    expect(await screen.findByTestId('learn-total-xp')).toHaveTextContent('1,240 XP');
    expect(JSON.stringify(cache.extract())).toContain('myGamification');

    // What the auth link does when the API says the session is over.
    act(() => sessionStore.signOut());

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    await waitFor(() => expect(cache.extract()).toEqual({}));
  });
});
