import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { learnAnswerQueue } from '../modules/learn/device-queue';
import { MyPathDocument, TodayChallengeDocument } from '../modules/learn/graphql/adaptive.graphql';
import { MyEnrolmentsDocument, MyGamificationDocument, TeamQuestDocument } from '../modules/learn/graphql/learn.graphql';
import { aPendingAnswer } from '../modules/offline/pending-answer.fixtures';
import { aViewer } from '../testing/fixtures';
import {
  aBadge,
  aChallenge,
  aChallengeItem,
  aGamification,
  aLearnerModule,
  aLearnerQuestion,
  anEnrolment,
  aPersonalPath,
  aPlacement,
  aPlannedStep,
  aSkill,
  aStep,
  enrolmentsMock,
  gamificationMock,
  learnerModuleMock,
  myPathMock,
  myPlacementMock,
  submitAnswerMock,
  teamQuestMock,
  todayChallengeMock,
  trueFalseQuestion,
  type SubmittedAnswer,
} from '../testing/learn';
import { renderApp } from '../testing/render-app';

const advisor = aViewer({ roles: ['ADVISOR'] });

const steps = [
  aStep('module-0', 'Welcome to the maison', { status: 'COMPLETED', estimatedMinutes: 3 }),
  aStep('module-1', 'The founding', { status: 'IN_PROGRESS', kind: 'HERITAGE_CHALLENGE', estimatedMinutes: 5 }),
  aStep('module-2', 'The certification quiz', { kind: 'QUIZ', certification: true }),
];

const badges = [aBadge(), aBadge({ code: 'streak-7', name: 'Seven days', earned: false, awardedAt: null, current: 5, target: 7 })];

const founding = aSkill('heritage.founding', 'The founding');
const calibre = aSkill('product.calibre', 'The calibre');
const ceramics = aSkill('craft.ceramics', 'Ceramic care');
const story = aSkill('heritage.story', 'The house story');

interface TodayOptions {
  enrolments?: Record<string, unknown>[];
  gamification?: Record<string, unknown>;
  challenge?: Record<string, unknown> | null;
  path?: Record<string, unknown> | null;
  placement?: Record<string, unknown>;
  /** The module Today reads ahead (the next step's). */
  nextModuleId?: string;
}

function todayMocks(
  locale: string,
  { enrolments = [anEnrolment(steps)], gamification = aGamification({}, {}, {}, badges), challenge = null, path = null, placement = aPlacement({ status: 'DONE' }), nextModuleId = 'module-1' }: TodayOptions = {},
) {
  return [
    enrolmentsMock(locale, enrolments),
    gamificationMock(locale, gamification),
    teamQuestMock(),
    todayChallengeMock(locale, challenge),
    myPathMock(locale, path),
    myPlacementMock(locale, placement),
    // Today reads the next module ahead, for when the Wi-Fi drops (the program's, until the personal path says otherwise).
    ...[...new Set(['module-1', nextModuleId])].map((id) => learnerModuleMock(locale, aLearnerModule([aLearnerQuestion('q-1')], { id }))),
  ];
}

afterEach(async () => {
  sessionStore.reset();
  jest.restoreAllMocks();
  await learnAnswerQueue.clearAll();
});

describe('LearnTodayPage', () => {
  it('shows the title, XP, streak, today’s moment and the path', async () => {
    renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en') });

    expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Artisan' })).toBeInTheDocument();
    expect(screen.getByTestId('learn-total-xp')).toHaveTextContent('1,240 XP');
    expect(screen.getByText('260 XP to Compagnon')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress towards Compagnon' })).toHaveAttribute('aria-valuenow', '48');
    expect(screen.getByText('5-day streak')).toBeInTheDocument();
    expect(screen.getByText('Keep it going today — a few minutes are enough.')).toBeInTheDocument();

    const today = await screen.findByRole('region', { name: "Today’s moment" });
    expect(within(today).getByRole('heading', { level: 3, name: 'The founding' })).toBeInTheDocument();
    expect(within(today).getByText('Heritage challenge')).toBeInTheDocument();
    expect(within(today).getByText('5 min')).toBeInTheDocument();
    expect(within(today).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/learn/modules/module-1');

    const path = screen.getByRole('region', { name: 'Your path' });
    const items = within(path).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByRole('link')).toHaveAccessibleName('Welcome to the maison — completed');
    expect(items[0]).toHaveAttribute('data-status', 'COMPLETED');
    expect(within(items[1]).getByRole('link')).toHaveAccessibleName('The founding — in progress');
    expect(within(items[2]).getByText('Certification')).toBeInTheDocument();
    expect(within(path).getByText(/1 of 3 steps completed/)).toBeInTheDocument();

    const badgeShelf = screen.getByRole('region', { name: 'Badges' });
    expect(within(badgeShelf).getByText('First steps')).toBeInTheDocument();
    expect(within(badgeShelf).queryByText('Seven days')).not.toBeInTheDocument();

    expect(await screen.findByTestId('learn-team-quest')).toHaveTextContent('3,400 of 5,000 XP');
    expect(screen.getByText('Avenue Montaigne, together this week')).toBeInTheDocument();
  });

  it('speaks French, with the level names of the maison', async () => {
    const gamification = aGamification({ totalXp: 240 }, { key: 'APPRENTICE', index: 0, floorXp: 0, nextXp: 1000, progress: 0.24 }, { atRisk: false, activeToday: true }, badges);
    renderApp({ route: '/learn', viewer: aViewer({ locale: 'fr' }), language: 'fr', mocks: todayMocks('fr', { gamification, enrolments: [anEnrolment([aStep('module-1', 'La fondation')])] }) });

    expect(screen.getByRole('heading', { level: 1, name: 'Apprendre' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Apprenti' })).toBeInTheDocument();
    expect(screen.getByTestId('learn-total-xp')).toHaveTextContent(`${new Intl.NumberFormat('fr').format(240)} XP`);
    expect(screen.getByText(`Encore ${new Intl.NumberFormat('fr').format(760)} XP avant Artisan`)).toBeInTheDocument();
    expect(screen.getByText('Série de 5 jours')).toBeInTheDocument();
    expect(screen.getByText('Votre pratique du jour est accomplie. À demain.')).toBeInTheDocument();
    const today = await screen.findByRole('region', { name: 'Le moment du jour' });
    expect(within(today).getByRole('link', { name: 'Commencer' })).toHaveAttribute('href', '/learn/modules/module-1');
    expect(screen.getByRole('region', { name: 'Votre parcours' })).toBeInTheDocument();
  });

  it('reads the XP, streak and path again once answers kept on the device have been sent in the background', async () => {
    // Answered offline in an earlier visit: sent as Today opens, with no player waiting for the outcome.
    const answer = aPendingAnswer({ userId: 'viewer-1' });
    await learnAnswerQueue.enqueue(answer);
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn',
      viewer: advisor,
      mocks: [
        ...todayMocks('en'),
        { ...submitAnswerMock(answer.questionId, { correct: true, explanation: 'Right.' }, calls), delay: 300 },
        // What the server says once it has the answer.
        gamificationMock('en', aGamification({ totalXp: 1360 }, {}, { current: 6 }, badges)),
        enrolmentsMock('en', [anEnrolment([steps[0], { ...steps[1], status: 'COMPLETED' }, steps[2]])]),
        todayChallengeMock('en', null),
        myPathMock('en', null),
        teamQuestMock({ total: 1360 }),
        // Today then reads the new next step ahead.
        learnerModuleMock('en', aLearnerModule([aLearnerQuestion('q-1')], { id: 'module-2' })),
      ],
    });

    expect(await screen.findByTestId('learn-total-xp')).toHaveTextContent('1,240 XP');
    expect(await screen.findByText(/1 of 3 steps completed/)).toBeInTheDocument();

    await waitFor(() => expect(screen.getByTestId('learn-total-xp')).toHaveTextContent('1,360 XP'));
    expect(calls).toHaveLength(1);
    expect(screen.getByText('6-day streak')).toBeInTheDocument();
    expect(await screen.findByText(/2 of 3 steps completed/)).toBeInTheDocument();
  });

  it('says nothing of a lost streak: a new one simply awaits', async () => {
    const gamification = aGamification({}, {}, { current: 0, atRisk: false }, []);
    renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { gamification }) });

    expect(await screen.findByText('A new streak awaits')).toBeInTheDocument();
    expect(screen.getByText('A few minutes today begin a new streak.')).toBeInTheDocument();
    expect(screen.queryByText(/Keep it going/)).not.toBeInTheDocument();
    expect(screen.queryByText(/0-day/)).not.toBeInTheDocument();
  });

  it('welcomes an advisor not enrolled yet', async () => {
    renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { enrolments: [] }) });

    expect(await screen.findByRole('heading', { name: 'Your path is being prepared' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: "Today’s moment" })).not.toBeInTheDocument();
  });

  it('congratulates, quietly, once certified', async () => {
    const done = steps.map((step) => ({ ...step, status: 'COMPLETED' }));
    const enrolment = anEnrolment(done, { certifiedAt: '2026-04-14T10:00:00.000Z', certificationScore: 0.92, completedAt: '2026-04-14T10:00:00.000Z' });
    renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { enrolments: [enrolment] }) });

    expect(await screen.findByRole('heading', { level: 2, name: 'Certified' })).toBeInTheDocument();
    expect(screen.getByText('Welcome to the maison: certified on April 14, 2026. Congratulations.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Begin' })).not.toBeInTheDocument();
  });

  describe('with the adaptive engine', () => {
    const challenge = aChallenge([
      aChallengeItem(aLearnerQuestion('q-1'), 'GAP', founding),
      aChallengeItem(trueFalseQuestion('q-2'), 'REVIEW', calibre),
      aChallengeItem(aLearnerQuestion('q-3'), 'STRETCH', ceramics),
      aChallengeItem(aLearnerQuestion('q-4'), 'HERITAGE', story),
    ]);

    it('shows today’s challenge with how many questions and why each was chosen, in place of the next step', async () => {
      renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { challenge }) });

      const today = await screen.findByRole('region', { name: "Today’s moment" });
      expect(within(today).getByRole('heading', { level: 3, name: "Today’s challenge" })).toBeInTheDocument();
      expect(within(today).getByText('4 questions, chosen for you')).toBeInTheDocument();
      const reasons = within(within(today).getByRole('list', { name: 'Why these questions' })).getAllByRole('listitem');
      expect(reasons.map((item) => item.textContent)).toEqual(['A point to strengthen · The founding', 'Time to review · The calibre', 'One step further · Ceramic care', 'From our story · The house story']);
      expect(within(today).getByRole('link', { name: 'Begin' })).toHaveAttribute('href', '/learn/challenge');
      // The path's next step waits in the path below, not as today's moment.
      expect(within(today).queryByRole('link', { name: 'Continue' })).not.toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Your path' })).toBeInTheDocument();
    });

    it('says the reasons in French', async () => {
      renderApp({ route: '/learn', viewer: aViewer({ locale: 'fr' }), language: 'fr', mocks: todayMocks('fr', { challenge: { ...challenge, kind: 'GAP' } }) });

      const today = await screen.findByRole('region', { name: 'Le moment du jour' });
      expect(within(today).getByRole('heading', { level: 3, name: 'Votre prochain défi' })).toBeInTheDocument();
      expect(within(today).getByText('4 questions, choisies pour vous')).toBeInTheDocument();
      const reasons = within(within(today).getByRole('list', { name: 'Pourquoi ces questions' })).getAllByRole('listitem');
      expect(reasons.map((item) => item.textContent)).toEqual([
        'Un point à consolider · The founding',
        'Le moment de réviser · The calibre',
        'Un pas plus loin · Ceramic care',
        'Tiré de notre histoire · The house story',
      ]);
      expect(within(today).getByRole('link', { name: 'Commencer' })).toHaveAttribute('href', '/learn/challenge');
    });

    it('counts what is answered and continues a challenge begun', async () => {
      const begun = aChallenge([aChallengeItem(aLearnerQuestion('q-1'), 'GAP', founding, true), aChallengeItem(aLearnerQuestion('q-2'), 'REVIEW', calibre)]);
      renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { challenge: begun }) });

      const today = await screen.findByRole('region', { name: "Today’s moment" });
      expect(within(today).getByText('2 questions, chosen for you · 1 of 2 answered')).toBeInTheDocument();
      const [first, second] = within(today).getAllByRole('listitem');
      // Said to screen readers; a quiet tick for the eye.
      expect(within(first).getByText('answered')).toBeInTheDocument();
      expect(within(second).queryByText('answered')).not.toBeInTheDocument();
      expect(within(today).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/learn/challenge');
    });

    it('once the challenge is done, says so quietly and leads on with the path’s next step', async () => {
      const done = aChallenge([aChallengeItem(aLearnerQuestion('q-1'), 'GAP', founding, true)]);
      renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { challenge: done }) });

      expect(await screen.findByRole('heading', { level: 2, name: "Today’s challenge is done" })).toBeInTheDocument();
      const today = screen.getByRole('region', { name: "Today’s moment" });
      expect(within(today).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/learn/modules/module-1');
    });

    it('invites an advisor in onboarding to show what they already know, quietly', async () => {
      renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { placement: aPlacement() }) });

      const invitation = await screen.findByRole('region', { name: 'Show what you already know' });
      expect(invitation).toHaveTextContent('About 5 minutes; modules you already master will be skipped.');
      expect(within(invitation).getByRole('link', { name: 'Show what I know' })).toHaveAttribute('href', '/learn/placement');
      // Today's moment is still there.
      expect(await screen.findByRole('region', { name: "Today’s moment" })).toBeInTheDocument();
    });

    it('invites to continue a placement begun, and no more once it is done', async () => {
      const { unmount } = renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { placement: aPlacement({ status: 'IN_PROGRESS', asked: 3 }) }) });
      const invitation = await screen.findByRole('region', { name: 'Show what you already know' });
      expect(within(invitation).getByRole('link', { name: 'Continue the placement' })).toHaveAttribute('href', '/learn/placement');
      unmount();

      renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en') });
      expect(await screen.findByRole('region', { name: "Today’s moment" })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Show what you already know' })).not.toBeInTheDocument();
    });

    it('does not invite an advisor already certified to the placement', async () => {
      const done = steps.map((step) => ({ ...step, status: 'COMPLETED' }));
      const enrolment = anEnrolment(done, { certifiedAt: '2026-04-14T10:00:00.000Z', completedAt: '2026-04-14T10:00:00.000Z' });
      renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { enrolments: [enrolment], placement: aPlacement() }) });

      expect(await screen.findByRole('heading', { level: 2, name: 'Certified' })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Show what you already know' })).not.toBeInTheDocument();
    });

    it('follows the personal path: a skipped module is quietly marked and today leads to the next one', async () => {
      const notStarted = [aStep('module-0', 'Welcome to the maison', { status: 'COMPLETED' }), aStep('module-1', 'The founding'), aStep('module-2', 'The first calibre')];
      const path = aPersonalPath([
        aPlannedStep('module-0', 'Welcome to the maison', 'DONE', 'COMPLETED'),
        aPlannedStep('module-1', 'The founding', 'SKIPPED', 'MASTERED', [founding]),
        aPlannedStep('module-2', 'The first calibre', 'TODO', 'IN_ORDER', [calibre]),
      ]);
      renderApp({ route: '/learn', viewer: advisor, mocks: todayMocks('en', { enrolments: [anEnrolment(notStarted)], path, nextModuleId: 'module-2' }) });

      const pathSection = await screen.findByRole('region', { name: 'Your path' });
      await waitFor(() => expect(within(pathSection).getAllByRole('listitem')[1]).toHaveAttribute('data-status', 'SKIPPED'));
      const items = within(pathSection).getAllByRole('listitem');
      expect(within(items[1]).getByRole('link')).toHaveAccessibleName('The founding — skipped: you already know this');
      expect(items[2]).toHaveAttribute('data-next', 'true');
      expect(items[1]).not.toHaveAttribute('data-next');
      expect(within(pathSection).getByRole('link', { name: 'Why these steps' })).toHaveAttribute('href', '/learn/path');
      const today = screen.getByRole('region', { name: "Today’s moment" });
      expect(within(today).getByRole('heading', { level: 3, name: 'The first calibre' })).toBeInTheDocument();
      expect(within(today).getByRole('link', { name: 'Begin' })).toHaveAttribute('href', '/learn/modules/module-2');
    });
  });
});

describe('LearnTodayPage opened offline', () => {
  const todays = aChallenge([aChallengeItem(aLearnerQuestion('q-1'), 'GAP', founding), aChallengeItem(trueFalseQuestion('q-2'), 'REVIEW', calibre)]);
  const unreachable = (query: unknown) => ({ request: { query, variables: { locale: 'en' } }, error: new Error('Network request failed') }) as never;

  /** Every reading of Today fails once (the Wi-Fi is down), then succeeds. */
  const offlineThenOnline = () => [
    unreachable(MyEnrolmentsDocument),
    unreachable(MyGamificationDocument),
    unreachable(TodayChallengeDocument),
    unreachable(MyPathDocument),
    { request: { query: TeamQuestDocument }, error: new Error('Network request failed') },
    ...todayMocks('en', { challenge: todays }),
  ];

  function connection(online: boolean) {
    act(() => {
      jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
      window.dispatchEvent(new Event(online ? 'online' : 'offline'));
    });
  }

  async function expectTodayRead() {
    expect(await screen.findByTestId('learn-challenge')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Today’s challenge' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Artisan' })).toBeInTheDocument();
    expect(screen.getByTestId('learn-total-xp')).toHaveTextContent('1,240 XP');
    expect(await screen.findByTestId('learn-team-quest')).toHaveTextContent('3,400 of 5,000 XP');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }

  it('reads today’s challenge, XP and quest again once the connection comes back, not only the path', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(true);
    renderApp({ route: '/learn', viewer: advisor, mocks: offlineThenOnline() });
    expect(await screen.findByText('Your path could not be loaded. Please check the connection and try again in a moment.')).toBeInTheDocument();

    connection(false);
    connection(true);

    await expectTodayRead();
  });

  it('reads every failed part of Today again on “Try again”', async () => {
    renderApp({ route: '/learn', viewer: advisor, mocks: offlineThenOnline() });
    const failed = await screen.findByRole('alert');

    await userEvent.setup().click(within(failed).getByRole('button', { name: 'Try again' }));

    await expectTodayRead();
  });
});

describe('LearnTodayPage the next day', () => {
  const first = aChallengeItem(aLearnerQuestion('q-1'), 'GAP', founding);
  const inOneSecond = () => new Date(Date.now() + 1000).toISOString();
  const doneToday = aGamification({ xpToday: 40 }, {}, { atRisk: false, activeToday: true }, badges);
  const visibleAgain = () => act(() => void document.dispatchEvent(new Event('visibilitychange')));

  afterEach(() => jest.useRealTimers());

  it('treats today’s challenge as gone once it has expired, and reads the next one', async () => {
    const next = aChallenge([first, aChallengeItem(trueFalseQuestion('q-2'), 'REVIEW', calibre), aChallengeItem(aLearnerQuestion('q-3'), 'STRETCH', ceramics)], { id: 'challenge-2' });
    renderApp({
      route: '/learn',
      viewer: advisor,
      mocks: [...todayMocks('en', { challenge: aChallenge([first], { expiresAt: inOneSecond() }) }), todayChallengeMock('en', next)],
    });

    expect(await screen.findByText('1 question, chosen for you')).toBeInTheDocument();
    expect(await screen.findByText('3 questions, chosen for you')).toBeInTheDocument();
    expect(screen.queryByText('1 question, chosen for you')).not.toBeInTheDocument();
  });

  it('no longer says yesterday’s challenge is done once it has expired, even offline', async () => {
    renderApp({
      route: '/learn',
      viewer: advisor,
      mocks: [
        ...todayMocks('en', { challenge: aChallenge([{ ...first, answered: true }], { expiresAt: inOneSecond() }) }),
        { request: { query: TodayChallengeDocument, variables: { locale: 'en' } }, error: new Error('Network request failed') },
      ],
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Today’s challenge is done' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Today’s challenge is done' })).not.toBeInTheDocument());
    // Today leads on with the path's next step.
    const today = screen.getByRole('region', { name: 'Today’s moment' });
    expect(within(today).getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/learn/modules/module-1');
  });

  it('reads the XP and streak again when the app becomes visible again', async () => {
    renderApp({
      route: '/learn',
      viewer: advisor,
      mocks: [...todayMocks('en', { gamification: doneToday }), gamificationMock('en', aGamification({ xpToday: 0 }, {}, { atRisk: true, activeToday: false }, badges))],
    });
    expect(await screen.findByText('Today’s practice is done. Until tomorrow.')).toBeInTheDocument();
    expect(screen.getByText('+40 XP today')).toBeInTheDocument();

    visibleAgain();

    expect(await screen.findByText('Keep it going today — a few minutes are enough.')).toBeInTheDocument();
    expect(screen.queryByText('+40 XP today')).not.toBeInTheDocument();
  });

  it('does not show yesterday’s XP of the day, nor that the day is done, when the new day cannot be read', async () => {
    // Only the clock is faked: the app's timers and the mocked API run as usual.
    jest.useFakeTimers({
      now: new Date(2026, 2, 10, 18, 0),
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    renderApp({
      route: '/learn',
      viewer: advisor,
      mocks: [...todayMocks('en', { gamification: doneToday }), { request: { query: MyGamificationDocument, variables: { locale: 'en' } }, error: new Error('Network request failed') }],
    });
    expect(await screen.findByText('Today’s practice is done. Until tomorrow.')).toBeInTheDocument();
    expect(screen.getByText('+40 XP today')).toBeInTheDocument();

    // The next morning, the phone woken offline.
    jest.setSystemTime(new Date(2026, 2, 11, 8, 0));
    visibleAgain();

    await waitFor(() => expect(screen.queryByText('Today’s practice is done. Until tomorrow.')).not.toBeInTheDocument());
    expect(screen.queryByText('+40 XP today')).not.toBeInTheDocument();
    expect(screen.getByText('5-day streak')).toBeInTheDocument();
    expect(screen.getByTestId('learn-total-xp')).toHaveTextContent('1,240 XP');
  });
});
