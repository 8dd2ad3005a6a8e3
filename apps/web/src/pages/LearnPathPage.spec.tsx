import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { learnAnswerQueue } from '../modules/learn/device-queue';
import { aPendingAnswer } from '../modules/offline/pending-answer.fixtures';
import { aViewer } from '../testing/fixtures';
import { aGap, aPersonalPath, aPlannedStep, aSkill, aSkillMastery, myGapsMock, myPathMock, mySkillsMock, submitAnswerMock, type SubmittedAnswer } from '../testing/learn';
import { MyPathDocument } from '../modules/learn/graphql/adaptive.graphql';
import { renderApp } from '../testing/render-app';

const advisor = aViewer({ roles: ['ADVISOR'] });
const founding = aSkill('heritage.founding', 'The founding');
const calibre = aSkill('product.calibre', 'The calibre');
const complications = aSkill('product.complications', 'Complications');
const ceramics = aSkill('craft.ceramics', 'Ceramic care');
const story = aSkill('heritage.story', 'The house story');
const ref = (skill: Record<string, unknown>) => ({ __typename: 'SkillRef', code: skill['code'], name: skill['name'] });

const path = aPersonalPath([
  aPlannedStep('module-0', 'Welcome to the maison', 'DONE', 'COMPLETED'),
  aPlannedStep('module-1', 'The founding', 'SKIPPED', 'MASTERED', [founding]),
  aPlannedStep('module-2', 'Calibre basics', 'TODO', 'PREREQUISITE', [calibre], { kind: 'PRODUCT_CHALLENGE', estimatedMinutes: 6 }),
  aPlannedStep('module-3', 'Caring for ceramics', 'TODO', 'GAP', [ceramics]),
  aPlannedStep(null, null, 'TODO', 'REMEDIATION', [story]),
  aPlannedStep('module-4', 'The certification quiz', 'TODO', 'CERTIFICATION', [founding, calibre], { kind: 'QUIZ' }),
]);

const gaps = [
  aGap(ceramics, { wrong: 3, recent: 4 }),
  aGap(complications, { ready: false, underlying: ref(calibre), wrong: 2, recent: 2 }),
  aGap(story, { wrong: 0, recent: 0 }),
];

// Monday 9 March, 09:00 in Paris (the advisor's zone): reviews fall on calendar days there, not in 24-hour blocks.
const NOW = Date.parse('2026-03-09T08:00:00Z');
const leather = aSkill('craft.leather', 'Leather care');
const known = [
  aSkillMastery(story, { reviewDueAt: '2026-03-14T09:00:00Z' }),
  aSkillMastery(calibre, { reviewDueAt: '2026-03-08T10:00:00Z' }),
  aSkillMastery(ceramics, { mastered: false, reviewDueAt: '2026-03-11T08:00:00Z' }),
  // 21:00 tomorrow in Paris: 36 hours away, yet tomorrow.
  aSkillMastery(founding, { reviewDueAt: '2026-03-10T20:00:00Z' }),
  // 19:00 today in Paris.
  aSkillMastery(complications, { reviewDueAt: '2026-03-09T18:00:00Z' }),
  // 00:30 on Wednesday in Paris (still Tuesday in UTC).
  aSkillMastery(leather, { reviewDueAt: '2026-03-10T23:30:00Z' }),
];

afterEach(async () => {
  sessionStore.reset();
  jest.restoreAllMocks();
  await learnAnswerQueue.clearAll();
});

/** The path's first reading fails (no connection), the next one succeeds. */
const pathFailingOnce = () => [
  { request: { query: MyPathDocument, variables: { locale: 'en' } }, error: new Error('Network request failed') },
  myPathMock('en', path),
  myGapsMock('en', gaps),
  mySkillsMock('en', []),
];
const PATH_FAILED = 'Your path could not be loaded. Please check the connection and try again in a moment.';
const PATH_SHOWN = 'Welcome to the maison: each step in order, and why it is there.';

describe('LearnPathPage', () => {
  it('shows each step in order with its status and why it is there, skipped steps quietly marked', async () => {
    renderApp({ route: '/learn/path', viewer: advisor, mocks: [myPathMock('en', path), myGapsMock('en', gaps), mySkillsMock('en', [])] });

    expect(screen.getByRole('heading', { level: 1, name: 'Your path' })).toBeInTheDocument();
    expect(await screen.findByText('Welcome to the maison: each step in order, and why it is there.')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Welcome to the maison' });
    expect(within(section).getByTestId('learn-path-skipped')).toHaveTextContent('1 module skipped: you already know it.');

    const steps = within(section).getAllByRole('listitem');
    const reasons = steps.map((step) => within(step).getByTestId('learn-step-reason').textContent);
    expect(reasons).toEqual([
      'Completed',
      'Skipped: you already know this',
      'Lays the ground for “Complications”',
      'Closes a gap: “Ceramic care”',
      'Practice on “The house story”: your challenges bring questions on it',
      'The certification of your path',
    ]);
    expect(steps.map((step) => step.getAttribute('data-status'))).toEqual(['DONE', 'SKIPPED', 'TODO', 'TODO', 'TODO', 'TODO']);
    expect(within(steps[0]).getByRole('link')).toHaveAccessibleName('Welcome to the maison — completed');
    expect(within(steps[1]).getByRole('link')).toHaveAccessibleName('The founding — skipped');
    expect(within(steps[2]).getByRole('link', { name: 'Calibre basics — to do' })).toHaveAttribute('href', '/learn/modules/module-2');
    expect(within(steps[2]).getByText('Product challenge · 6 min')).toBeInTheDocument();
    // The next module to take carries the gold rule.
    expect(steps[2]).toHaveAttribute('data-next', 'true');
    expect(steps.filter((step) => step.hasAttribute('data-next'))).toHaveLength(1);
    // A practice step opens no module.
    expect(within(steps[4]).queryByRole('link')).not.toBeInTheDocument();
    expect(within(steps[4]).getByText('Practice on “The house story”')).toBeInTheDocument();
    expect(within(steps[5]).getByRole('link', { name: 'The certification quiz — to do' })).toHaveAttribute('href', '/learn/modules/module-4');
    expect(within(steps[5]).getByText('Certification')).toBeInTheDocument();
  });

  it('explains each gap from what shows it, naming the underlying gap, as what to work on next', async () => {
    renderApp({ route: '/learn/path', viewer: advisor, mocks: [myPathMock('en', path), myGapsMock('en', gaps), mySkillsMock('en', [])] });

    const section = await screen.findByRole('region', { name: 'What to work on next' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Ceramic care3 of your last 4 answers on “Ceramic care” were wrong.',
      'Complications2 of your last 2 answers on “Complications” were wrong; the underlying gap is “The calibre”, a good place to start.',
      'The house storyNot practised yet.',
    ]);
  });

  it('lists what the advisor already knows, alphabetically, each with the calendar day, in their zone, it comes back for review', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    renderApp({ route: '/learn/path', viewer: advisor, mocks: [myPathMock('en', path), myGapsMock('en', gaps), mySkillsMock('en', known)] });

    const section = await screen.findByRole('region', { name: 'What you know' });
    // Only mastered skills: Ceramic care is still a gap.
    expect(within(section).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'ComplicationsNext review later today',
      'Leather careNext review in 2 days',
      "The calibreA review is due: today’s challenge brings it",
      'The foundingNext review tomorrow',
      'The house storyNext review in 5 days',
    ]);
  });

  it('counts the days in the advisor’s own zone', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    // 04:00 in New York: the founding's review (16:00 on the 10th there) is tomorrow, the leather's (19:30 on the 10th) too.
    renderApp({ route: '/learn/path', viewer: aViewer({ timezone: 'America/New_York' }), mocks: [myPathMock('en', path), myGapsMock('en', gaps), mySkillsMock('en', known)] });

    const section = await screen.findByRole('region', { name: 'What you know' });
    expect(within(section).getAllByTestId('learn-known-review').map((text) => text.textContent)).toEqual([
      'Next review later today',
      'Next review tomorrow',
      'A review is due: today’s challenge brings it',
      'Next review tomorrow',
      'Next review in 5 days',
    ]);
  });

  it('reads the gaps and what the advisor knows again, with the path, once answers kept on the device have been sent', async () => {
    // Answered offline in an earlier visit: sent as the page opens, with no player waiting for the outcome.
    const answer = aPendingAnswer({ userId: advisor.id });
    await learnAnswerQueue.enqueue(answer);
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/path',
      viewer: advisor,
      mocks: [
        myPathMock('en', path),
        myGapsMock('en', gaps),
        mySkillsMock('en', []),
        { ...submitAnswerMock(answer.questionId, { correct: true, explanation: 'Right.' }, calls), delay: 300 },
        // What the server says once it has the answer: the ceramics now mastered.
        myPathMock('en', path),
        myGapsMock('en', gaps.slice(1)),
        mySkillsMock('en', [aSkillMastery(ceramics)]),
      ],
    });

    const gapSection = await screen.findByRole('region', { name: 'What to work on next' });
    expect(within(gapSection).getByText('Ceramic care')).toBeInTheDocument();
    await waitFor(() => expect(calls).toHaveLength(1));

    await waitFor(() => expect(within(gapSection).queryByText('Ceramic care')).not.toBeInTheDocument());
    const knownSection = screen.getByRole('region', { name: 'What you know' });
    expect(await within(knownSection).findByText('Ceramic care')).toBeInTheDocument();
  });

  it('says, before anything is mastered, where known skills will appear', async () => {
    renderApp({ route: '/learn/path', viewer: advisor, mocks: [myPathMock('en', path), myGapsMock('en', gaps), mySkillsMock('en', [aSkillMastery(ceramics, { mastered: false })])] });

    const section = await screen.findByRole('region', { name: 'What you know' });
    expect(within(section).getByText('The skills you master will appear here as your answers show them.')).toBeInTheDocument();
    expect(within(section).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    renderApp({ route: '/learn/path', viewer: aViewer({ locale: 'fr' }), language: 'fr', mocks: [myPathMock('fr', path), myGapsMock('fr', gaps), mySkillsMock('fr', known)] });

    expect(screen.getByRole('heading', { level: 1, name: 'Votre parcours' })).toBeInTheDocument();
    const section = await screen.findByRole('region', { name: 'Welcome to the maison' });
    expect(within(section).getByTestId('learn-path-skipped')).toHaveTextContent('1 module passé : vous le maîtrisez déjà.');
    expect(within(section).getAllByTestId('learn-step-reason').map((reason) => reason.textContent)).toEqual([
      'Terminé',
      'Passé\u00a0: vous le maîtrisez déjà',
      'Prépare le terrain pour «\u202fComplications\u202f»',
      'Consolide\u00a0: «\u202fCeramic care\u202f»',
      "S’exercer sur «\u202fThe house story\u202f»\u00a0: vos défis vous proposent des questions à ce sujet",
      'La certification de votre parcours',
    ]);
    const gapSection = screen.getByRole('region', { name: 'À travailler ensuite' });
    expect(within(gapSection).getAllByTestId('learn-gap-explanation').map((text) => text.textContent)).toEqual([
      '3 de vos 4 dernières réponses sur «\u202fCeramic care\u202f» étaient inexactes.',
      '2 de vos 2 dernières réponses sur «\u202fComplications\u202f» étaient inexactes\u202f; le point sous-jacent est «\u202fThe calibre\u202f», un bon point de départ.',
      'Pas encore pratiqué.',
    ]);
    const knownSection = await screen.findByRole('region', { name: 'Ce que vous maîtrisez' });
    expect(within(knownSection).getAllByTestId('learn-known-review').map((text) => text.textContent)).toEqual([
      'Prochaine révision dans la journée',
      'Prochaine révision dans 2 jours',
      'Une révision est prévue\u00a0: le défi du jour vous la propose',
      'Prochaine révision demain',
      'Prochaine révision dans 5 jours',
    ]);
  });

  it('says a reason plainly when no gap names it, and that nothing is left to work on', async () => {
    const plain = aPersonalPath([aPlannedStep('module-2', 'Calibre basics', 'TODO', 'PREREQUISITE', [calibre]), aPlannedStep('module-3', 'Caring for ceramics', 'TODO', 'GAP', [ceramics]), aPlannedStep('module-5', 'Boutique service', 'TODO', 'IN_ORDER')]);
    renderApp({ route: '/learn/path', viewer: advisor, mocks: [myPathMock('en', plain), myGapsMock('en', []), mySkillsMock('en', [])] });

    const section = await screen.findByRole('region', { name: 'Welcome to the maison' });
    expect(within(section).getAllByTestId('learn-step-reason').map((reason) => reason.textContent)).toEqual(['Lays the ground for what follows', 'Closes a gap', 'Next in your program']);
    expect(within(section).queryByTestId('learn-path-skipped')).not.toBeInTheDocument();
    expect(await screen.findByText('Nothing to work on right now: every skill of your path stands firm.')).toBeInTheDocument();
  });

  it('waits, kindly, for an advisor not enrolled yet', async () => {
    renderApp({ route: '/learn/path', viewer: advisor, mocks: [myPathMock('en', null), myGapsMock('en', []), mySkillsMock('en', [])] });

    expect(await screen.findByText('Your path will appear here as soon as you are enrolled in a program.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What to work on next' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What you know' })).not.toBeInTheDocument();
  });

  it('offers to try again when the path could not be loaded, and shows it once it can', async () => {
    renderApp({ route: '/learn/path', viewer: advisor, mocks: pathFailingOnce() });
    const failed = await screen.findByText(PATH_FAILED);
    await userEvent.setup().click(within(failed.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(PATH_SHOWN)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reads the path again by itself once the connection comes back', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(true);
    renderApp({ route: '/learn/path', viewer: advisor, mocks: pathFailingOnce() });
    await screen.findByText(PATH_FAILED);
    const connection = (online: boolean) =>
      act(() => {
        jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
        window.dispatchEvent(new Event(online ? 'online' : 'offline'));
      });
    connection(false);
    connection(true);
    expect(await screen.findByText(PATH_SHOWN)).toBeInTheDocument();
    jest.restoreAllMocks();
  });
});
