import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { BadgeCredentialDocument, LeaderboardDocument, SetLeaderboardConsentDocument, TeamQuestDocument } from '../modules/learn/graphql/learn.graphql';
import { aViewer } from '../testing/fixtures';
import { aBadge, aGamification, gamificationMock, teamQuestMock } from '../testing/learn';
import { renderApp } from '../testing/render-app';

const advisor = aViewer({ roles: ['ADVISOR'] });

const badges = [
  aBadge({ code: 'first-steps', name: 'First steps' }),
  aBadge({ code: 'heritage-keeper', name: 'Keeper of heritage', description: 'Seven heritage challenges, complete.', earned: false, awardedAt: null, current: 3, target: 7 }),
];

const row = (rank: number, displayName: string, xp: number, extra: Record<string, unknown> = {}) => ({ __typename: 'LeaderboardRow', rank, displayName, xp, isViewer: false, gapBefore: false, ...extra });

function leaderboardMock(onCall: () => void) {
  return {
    request: { query: LeaderboardDocument, variables: { scope: 'BOUTIQUE' } },
    result: () => {
      onCall();
      return {
        data: {
          leaderboard: {
            __typename: 'Leaderboard',
            week: '2026-W10',
            optedIn: true,
            viewerRank: 5,
            total: 9,
            rows: [row(1, 'Camille R.', 640), row(4, 'Hugo D.', 410, { gapBefore: true }), row(5, 'Léa Martin', 380, { isViewer: true }), row(6, 'Inès K.', 300)],
          },
        },
      };
    },
  };
}

/** jsdom's Blob has no text(): read it as the browser's FileReader would. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

afterEach(() => {
  sessionStore.reset();
  jest.restoreAllMocks();
});

describe('LearnProgressPage', () => {
  it('hides the leaderboard until the advisor opts in, then shows the window around them', async () => {
    let boardReads = 0;
    const consents: boolean[] = [];
    renderApp({
      route: '/learn/progress',
      viewer: advisor,
      mocks: [
        gamificationMock('en', aGamification({}, {}, {}, badges)),
        teamQuestMock(),
        {
          request: { query: SetLeaderboardConsentDocument, variables: { optIn: true } },
          result: () => {
            consents.push(true);
            return { data: { setLeaderboardConsent: true } };
          },
        },
        leaderboardMock(() => (boardReads += 1)),
      ],
    });
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Weekly leaderboard' });
    expect(within(section).getByText('Optional: colleagues who join see only a short window around their own rank, never the last places.')).toBeInTheDocument();
    const optIn = within(section).getByRole('switch', { name: 'Appear on the leaderboard' });
    expect(optIn).not.toBeChecked();
    expect(within(section).queryByRole('list')).not.toBeInTheDocument();
    expect(within(section).queryByRole('radiogroup', { name: 'Leaderboard' })).not.toBeInTheDocument();
    expect(boardReads).toBe(0);

    await user.click(optIn);

    const board = await within(section).findByRole('list', { name: 'Leaderboard — Boutique' });
    expect(consents).toEqual([true]);
    expect(boardReads).toBe(1);
    expect(optIn).toBeChecked();
    const rows = within(board).getAllByRole('listitem');
    expect(rows.map((item) => item.textContent)).toEqual(['1Camille R.640 XP', '···Other colleagues', '4Hugo D.410 XP', '5Léa Martin (you)380 XP', '6Inès K.300 XP']);
    expect(rows[3]).toHaveAttribute('aria-current', 'true');
    expect(within(section).getByText('Week 10 · 9 colleagues on the board')).toBeInTheDocument();
    expect(within(section).getByRole('radiogroup', { name: 'Leaderboard' })).toBeInTheDocument();
  });

  it('lists earned badges with their credential, and the others with their quiet progress', async () => {
    const json = JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential', 'OpenBadgeCredential'] });
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: jest.fn((blob: Blob) => (created.push(blob), 'blob:credential')), revokeObjectURL: jest.fn() });
    const downloads: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    renderApp({
      route: '/learn/progress',
      viewer: advisor,
      mocks: [
        gamificationMock('en', aGamification({}, {}, {}, badges)),
        teamQuestMock(),
        { request: { query: BadgeCredentialDocument, variables: { code: 'first-steps', locale: 'en' } }, result: { data: { badgeCredential: { __typename: 'BadgeCredential', awardId: 'award-1', json } } } },
      ],
    });
    const user = userEvent.setup();

    const collection = await screen.findByRole('region', { name: 'Badges' });
    const [earned, inProgress] = within(collection).getAllByTestId('learn-badge');
    expect(within(earned).getByRole('heading', { name: 'First steps' })).toBeInTheDocument();
    expect(within(earned).getByText('Earned on March 2, 2026')).toBeInTheDocument();
    expect(within(inProgress).getByText('3 of 7')).toBeInTheDocument();
    expect(within(inProgress).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(earned).getByRole('button', { name: 'Download the credential for First steps' }));

    await waitFor(() => expect(downloads).toEqual(['savoir-badge-first-steps.json blob:credential']));
    expect(created).toHaveLength(1);
    expect(created[0].type).toBe('application/ld+json');
    expect(await readBlob(created[0])).toBe(json);
  });
});

describe('LearnProgressPage opened offline', () => {
  function connection(online: boolean) {
    act(() => {
      jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
      window.dispatchEvent(new Event(online ? 'online' : 'offline'));
    });
  }

  it('reads the leaderboard and the boutique’s quest again once the connection comes back', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(true);
    renderApp({
      route: '/learn/progress',
      viewer: advisor,
      mocks: [
        gamificationMock('en', aGamification({ leaderboardOptIn: true }, {}, {}, badges)),
        { request: { query: LeaderboardDocument, variables: { scope: 'BOUTIQUE' } }, error: new Error('Network request failed') },
        { request: { query: TeamQuestDocument }, error: new Error('Network request failed') },
        leaderboardMock(() => undefined),
        teamQuestMock(),
      ],
    });
    const section = await screen.findByRole('region', { name: 'Weekly leaderboard' });
    expect(await within(section).findByText('The leaderboard could not be loaded.')).toBeInTheDocument();

    connection(false);
    connection(true);

    expect(await within(section).findByRole('list', { name: 'Leaderboard — Boutique' })).toBeInTheDocument();
    expect(await screen.findByTestId('learn-team-quest')).toHaveTextContent('3,400 of 5,000 XP');
  });
});

describe('LearnProgressPage the next day', () => {
  it('reads the XP and streak again when the app becomes visible again', async () => {
    renderApp({
      route: '/learn/progress',
      viewer: advisor,
      mocks: [
        gamificationMock('en', aGamification({ xpToday: 40 }, {}, { atRisk: false, activeToday: true }, badges)),
        gamificationMock('en', aGamification({ xpToday: 0 }, {}, { atRisk: true, activeToday: false }, badges)),
        teamQuestMock(),
      ],
    });
    expect(await screen.findByText('Today’s practice is done. Until tomorrow.')).toBeInTheDocument();

    act(() => void document.dispatchEvent(new Event('visibilitychange')));

    expect(await screen.findByText('Keep it going today — a few minutes are enough.')).toBeInTheDocument();
    expect(screen.queryByText('+40 XP today')).not.toBeInTheDocument();
  });
});
