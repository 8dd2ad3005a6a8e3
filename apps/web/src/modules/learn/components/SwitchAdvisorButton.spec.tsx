import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../../../app/session-store';
import { aViewer } from '../../../testing/fixtures';
import { aGamification, gamificationMock, teamQuestMock } from '../../../testing/learn';
import { renderApp } from '../../../testing/render-app';
import { LogoutDocument } from '../../auth/graphql/session.graphql';
import { aPendingAnswer } from '../../offline/pending-answer.fixtures';
import { learnAnswerQueue } from '../device-queue';

const lea = aViewer({ id: 'advisor-lea', roles: ['ADVISOR'] });

function render(onLogout: () => void = () => undefined) {
  return renderApp({
    route: '/learn/progress',
    viewer: lea,
    mocks: [
      gamificationMock('en', aGamification()),
      teamQuestMock(),
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
});
