import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../../../app/session-store';
import { LogoutDocument } from '../../auth/graphql/session.graphql';
import { learnAnswerQueue } from '../../learn/device-queue';
import { aPendingAnswer } from '../../offline/pending-answer.fixtures';
import { aViewer } from '../../../testing/fixtures';
import { aGamification, gamificationMock, learnTodayMocks, submitAnswerMock, teamQuestMock, type SubmittedAnswer } from '../../../testing/learn';
import { renderApp } from '../../../testing/render-app';

afterEach(async () => {
  sessionStore.reset();
  jest.restoreAllMocks();
  localStorage.clear();
  await learnAnswerQueue.clearAll();
});

const lea = aViewer({ id: 'advisor-lea', roles: ['ADVISOR'] });

/** Léa's Progress page; `onLogout` hears the Logout mutation. */
function renderProgress(onLogout: () => void, mocks: Parameters<typeof renderApp>[0]['mocks'] = []) {
  return renderApp({
    route: '/learn/progress',
    viewer: lea,
    mocks: [
      gamificationMock('en', aGamification(), 3),
      // Read again once answers waiting on the device are sent.
      teamQuestMock({}, 2),
      {
        request: { query: LogoutDocument },
        result: () => {
          onLogout();
          return { data: { logout: true } };
        },
      },
      ...(mocks ?? []),
    ],
  });
}

describe('the role-aware shell', () => {
  it('shows the maison and only the spaces the roles open', async () => {
    renderApp({ route: '/learn', viewer: aViewer({ roles: ['ADVISOR', 'HR'] }), mocks: learnTodayMocks() });

    const nav = await screen.findByRole('navigation', { name: 'Spaces' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Learn', 'Insights']);
    expect(within(nav).getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('maison-name')).toHaveTextContent('Maison Aurèle');
    expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();
    expect(screen.getByTestId('space-learn')).toHaveTextContent('Léa');
  });

  it('shows all four spaces to a user holding every role', async () => {
    renderApp({ route: '/studio', viewer: aViewer({ roles: ['ADMIN', 'HR', 'AUTHOR', 'ADVISOR'] }) });
    const nav = await screen.findByRole('navigation', { name: 'Spaces' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Learn', 'Studio', 'Insights', 'Admin']);
  });

  it("redirects a space the roles do not open to the user's landing space", async () => {
    renderApp({ route: '/admin/users', viewer: aViewer({ roles: ['AUTHOR'] }) });
    expect(await screen.findByTestId('space-studio')).toBeInTheDocument();
    expect(screen.queryByTestId('space-admin')).not.toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/studio');
  });

  it('sends a signed-out visitor to /login', async () => {
    renderApp({ route: '/insights', viewer: null });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it('signs out through the logout mutation and forgets the token', async () => {
    renderApp({
      route: '/learn',
      viewer: aViewer(),
      mocks: [...learnTodayMocks(), { request: { query: LogoutDocument }, result: { data: { logout: true } } }],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(sessionStore.getAccessToken()).toBeNull();
  });

  it('forgets what the device keeps of the advisor on “Sign out”, as on “Switch advisor”', async () => {
    localStorage.setItem('savoir.lastModule', 'module-1');
    localStorage.setItem('other-app', 'kept');
    let loggedOut = false;
    renderProgress(() => (loggedOut = true));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(loggedOut).toBe(true);
    expect(localStorage.getItem('savoir.lastModule')).toBeNull();
    expect(localStorage.getItem('other-app')).toBe('kept');
  });

  it('refuses “Sign out” while the advisor’s answers still wait on the device, and says why', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    await learnAnswerQueue.enqueue(aPendingAnswer({ userId: 'advisor-lea' }));
    let loggedOut = false;
    renderProgress(() => (loggedOut = true));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign out' });
    expect(await within(dialog).findByText('1 answer or lesson is still waiting to be sent from this device.')).toBeInTheDocument();
    expect(within(dialog).getByText('Please reconnect to the Wi‑Fi first, so that nothing is lost.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Send now' })).toBeDisabled();
    expect(loggedOut).toBe(false);
    expect(sessionStore.getAccessToken()).toBe('test-token');
    expect(screen.getByTestId('location')).toHaveTextContent('/learn/progress');
    expect(await learnAnswerQueue.count('advisor-lea')).toBe(1);
  });

  it('sends what waits on “Send now”, then signs out', async () => {
    const answer = aPendingAnswer({ userId: 'advisor-lea' });
    await learnAnswerQueue.enqueue(answer);
    const calls: SubmittedAnswer[] = [];
    let loggedOut = false;
    // A slow Wi-Fi: the answer is still on its way when the advisor signs out.
    renderProgress(() => (loggedOut = true), [{ ...submitAnswerMock(answer.questionId, { correct: true, explanation: 'Right.' }, calls), delay: 800 }]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out' });
    expect(await within(dialog).findByText('Send them now, then sign out.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send now' }));

    expect(await within(dialog).findByText('Everything has been sent from this device. You can sign out.')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(loggedOut).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    await waitFor(() => expect(loggedOut).toBe(true));
    expect(await learnAnswerQueue.count('advisor-lea')).toBe(0);
  });
});
