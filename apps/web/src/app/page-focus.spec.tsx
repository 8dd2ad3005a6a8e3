import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { learnAnswerQueue } from '../modules/learn/device-queue';
import { aViewer } from '../testing/fixtures';
import { skillGapsMock } from '../testing/insights';
import { aPersonalPath, aPlannedStep, learnTodayMocks, myGapsMock, myPathMock, mySkillsMock } from '../testing/learn';
import { renderApp } from '../testing/render-app';
import { sessionStore } from './session-store';

const advisor = aViewer({ roles: ['ADVISOR'] });
const pathMocks = (delay = 0) => [{ ...myPathMock('en', aPersonalPath([aPlannedStep('module-1', 'The founding', 'TODO', 'IN_ORDER')])), delay }, myGapsMock('en', []), mySkillsMock('en', [])];

afterEach(async () => {
  sessionStore.reset();
  await learnAnswerQueue.clearAll();
});

describe('PageFocus', () => {
  it('moves focus to the new page’s heading on each navigation, though the link followed stays on screen', async () => {
    renderApp({ route: '/learn', viewer: advisor, mocks: [...learnTodayMocks(), ...pathMocks()] });
    const user = userEvent.setup();
    const sections = await screen.findByRole('navigation', { name: 'Learn sections' });

    await user.click(within(sections).getByRole('link', { name: 'Path' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Your path' })).toHaveFocus());

    await user.click(within(sections).getByRole('link', { name: 'Today' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toHaveFocus());
  });

  it('never moves focus on the first load of the app, redirects included', async () => {
    renderApp({ route: '/', viewer: advisor, mocks: [...learnTodayMocks()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/learn');
    expect(document.body).toHaveFocus();
  });

  it('on a phone, moves focus from the menu to the new space’s heading, and leaves it there as the menu closes', async () => {
    renderApp({ route: '/learn', viewer: aViewer({ roles: ['ADVISOR', 'HR'] }), mocks: [...learnTodayMocks(), skillGapsMock('BOUTIQUE', [])] });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Open menu' }));
    const menu = await screen.findByRole('dialog');
    await user.click(within(within(menu).getByRole('navigation', { name: 'Spaces' })).getByRole('link', { name: 'Insights' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Insights' });
    await waitFor(() => expect(heading).toHaveFocus());
    // The menu hands focus back to its button a moment after it closes, unless focus has moved meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heading).toHaveFocus();
  });
});
