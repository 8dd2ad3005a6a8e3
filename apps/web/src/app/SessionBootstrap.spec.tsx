import { act, screen, waitFor } from '@testing-library/react';
import { aViewer } from '../testing/fixtures';
import { aGamification, gamificationMock, teamQuestMock } from '../testing/learn';
import { renderApp } from '../testing/render-app';
import { sessionStore } from './session-store';

afterEach(() => sessionStore.reset());

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
