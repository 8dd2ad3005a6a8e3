import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../../../app/session-store';
import { aViewer } from '../../../testing/fixtures';
import { aGamification, gamificationMock, teamQuestMock } from '../../../testing/learn';
import { renderApp } from '../../../testing/render-app';
import { LogoutDocument } from '../../auth/graphql/session.graphql';
import { aPendingAnswer } from '../../offline/pending-answer.fixtures';
import { learnAnswerQueue } from '../device-queue';

const lea = aViewer({ id: 'advisor-lea', roles: ['ADVISOR'] });

function render(onLogout: () => void = () => undefined, logoutFails = false) {
  return renderApp({
    route: '/learn/progress',
    viewer: lea,
    mocks: [
      gamificationMock('en', aGamification()),
      teamQuestMock(),
      ...(logoutFails ? [{ request: { query: LogoutDocument }, error: new Error('Network request failed') }] : []),
      {
        request: { query: LogoutDocument },
        result: () => {
          onLogout();
          return { data: { logout: true } };
        },
      },
    ],
  });
}

/** The browser's view of the connection, as the `online` and `offline` events tell it. */
function connection(online: boolean) {
  act(() => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

const STILL_OPEN = 'Your session is still open: it can only be closed once this device is connected again.';
const RECONNECT = 'Please reconnect to the Wi‑Fi first, so that no one else can open your session on this device.';

afterEach(async () => {
  sessionStore.reset();
  jest.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  await learnAnswerQueue.clearAll();
});

describe('Switch advisor (shared tablet)', () => {
  it('refuses while this advisor’s answers still wait on the device, and says why', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    await learnAnswerQueue.enqueue(aPendingAnswer({ userId: 'advisor-lea' }));
    let loggedOut = false;
    render(() => (loggedOut = true));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Switch advisor' }));

    const dialog = await screen.findByRole('dialog', { name: 'Hand this device to a colleague' });
    expect(await within(dialog).findByText('1 answer or lesson is still waiting to be sent from this device.')).toBeInTheDocument();
    expect(within(dialog).getByText('Please reconnect to the Wi‑Fi first, so that nothing is lost.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Send now' })).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: 'Sign out and hand over' })).not.toBeInTheDocument();
    expect(loggedOut).toBe(false);
    expect(sessionStore.getAccessToken()).toBe('test-token');
    expect(await learnAnswerQueue.count('advisor-lea')).toBe(1);
  });

  it('forgets this advisor on the device, signs out and opens the sign-in page', async () => {
    // Another advisor's answer on the same tablet is theirs to send: it stays.
    await learnAnswerQueue.enqueue(aPendingAnswer({ userId: 'advisor-hugo' }));
    localStorage.setItem('savoir.lastModule', 'module-1');
    localStorage.setItem('other-app', 'kept');
    sessionStorage.setItem('savoir.draft', 'x');
    let loggedOut = false;
    render(() => (loggedOut = true));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Switch advisor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hand this device to a colleague' });
    await user.click(await within(dialog).findByRole('button', { name: 'Sign out and hand over' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(loggedOut).toBe(true);
    expect(sessionStore.getAccessToken()).toBeNull();
    expect(localStorage.getItem('savoir.lastModule')).toBeNull();
    expect(localStorage.getItem('other-app')).toBe('kept');
    expect(sessionStorage.length).toBe(0);
    expect(await learnAnswerQueue.count('advisor-hugo')).toBe(1);
  });

  it('refuses to hand over while offline, even with nothing waiting: only the server can end the session', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    localStorage.setItem('savoir.lastModule', 'module-1');
    let loggedOut = false;
    render(() => (loggedOut = true));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Switch advisor' }));

    const dialog = await screen.findByRole('dialog', { name: 'Hand this device to a colleague' });
    expect(await within(dialog).findByText(STILL_OPEN)).toBeInTheDocument();
    expect(within(dialog).getByText(RECONNECT)).toBeInTheDocument();
    expect(within(dialog).queryByText(/this device will forget your session/)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Sign out and hand over' })).toBeDisabled();
    expect(loggedOut).toBe(false);
    expect(sessionStore.getAccessToken()).toBe('test-token');
    expect(localStorage.getItem('savoir.lastModule')).toBe('module-1');

    // Back online: the hand-over can go ahead, and then the device forgets the session.
    connection(true);
    expect(await within(dialog).findByText('You will be signed out and this device will forget your session. Your progress is safely recorded.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Sign out and hand over' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(loggedOut).toBe(true);
    expect(sessionStore.getAccessToken()).toBeNull();
    expect(localStorage.getItem('savoir.lastModule')).toBeNull();
  });

  it('stays signed in, and says so, when the server could not end the session', async () => {
    localStorage.setItem('savoir.lastModule', 'module-1');
    let loggedOut = false;
    render(() => (loggedOut = true), true);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Switch advisor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hand this device to a colleague' });
    await user.click(await within(dialog).findByRole('button', { name: 'Sign out and hand over' }));

    expect(await within(dialog).findByText(STILL_OPEN)).toBeInTheDocument();
    expect(within(dialog).getByText(RECONNECT)).toBeInTheDocument();
    expect(sessionStore.getAccessToken()).toBe('test-token');
    expect(screen.getByTestId('location')).toHaveTextContent('/learn/progress');
    expect(localStorage.getItem('savoir.lastModule')).toBe('module-1');

    // Once it can, it does.
    await user.click(within(dialog).getByRole('button', { name: 'Sign out and hand over' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(loggedOut).toBe(true);
    expect(localStorage.getItem('savoir.lastModule')).toBeNull();
  });

  it('refuses the header’s “Sign out” while offline, and says the advisor must reconnect first', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    let loggedOut = false;
    render(() => (loggedOut = true), true);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign out' });
    expect(await within(dialog).findByText(STILL_OPEN)).toBeInTheDocument();
    expect(within(dialog).getByText(RECONNECT)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Sign out' })).toBeDisabled();
    await waitFor(() => expect(sessionStore.getState().status).toBe('signedIn'));
    expect(loggedOut).toBe(false);
    expect(sessionStore.getAccessToken()).toBe('test-token');
    expect(screen.getByTestId('location')).toHaveTextContent('/learn/progress');
  });

  it('says it in French', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    renderApp({ route: '/learn/progress', viewer: aViewer({ id: 'advisor-lea', roles: ['ADVISOR'], locale: 'fr' }), language: 'fr', mocks: [gamificationMock('fr', aGamification()), teamQuestMock()] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Passer la main' }));

    const dialog = await screen.findByRole('dialog', { name: 'Confier cet appareil à un collègue' });
    expect(await within(dialog).findByText('Votre session est toujours ouverte : elle ne pourra être fermée qu’une fois cet appareil reconnecté.')).toBeInTheDocument();
    expect(within(dialog).getByText('Veuillez d’abord vous reconnecter au Wi‑Fi, afin que personne d’autre ne puisse ouvrir votre session sur cet appareil.')).toBeInTheDocument();
  });
});
