import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { learnAnswerQueue } from '../modules/learn/device-queue';
import { TodayChallengeDocument } from '../modules/learn/graphql/adaptive.graphql';
import { newPendingAnswer } from '../modules/offline/answer-sync';
import { aViewer } from '../testing/fixtures';
import {
  aChallenge,
  aChallengeItem,
  aGamification,
  aLearnerModule,
  aLearnerQuestion,
  anEnrolment,
  aSkill,
  earnedXpMock,
  aStep,
  enrolmentsMock,
  gamificationMock,
  learnerModuleMock,
  myPathMock,
  submitAnswerMock,
  teamQuestMock,
  todayChallengeMock,
  trueFalseQuestion,
  type SubmittedAnswer,
} from '../testing/learn';
import { renderApp } from '../testing/render-app';

const advisor = aViewer({ id: 'advisor-lea', roles: ['ADVISOR'] });
const founding = aSkill('heritage.founding', 'The founding');
const boutiques = aSkill('heritage.boutiques', 'The boutiques');

const foundingItem = aChallengeItem(aLearnerQuestion('q-founding'), 'GAP', founding);
const boutiqueItem = aChallengeItem(trueFalseQuestion('q-boutique'), 'REVIEW', boutiques);

function setOnline(online: boolean) {
  jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
}

afterEach(async () => {
  sessionStore.reset();
  jest.restoreAllMocks();
  await learnAnswerQueue.clearAll();
});

describe('LearnChallengePage', () => {
  it('plays each item with why it was chosen, the outcome and its explanation, answering through the device queue, then ends with its XP', async () => {
    const calls: SubmittedAnswer[] = [];
    const xpReadings = { count: 0 };
    renderApp({
      route: '/learn/challenge',
      viewer: advisor,
      mocks: [
        // Read when the page opens, then again after each answer sent.
        todayChallengeMock('en', aChallenge([foundingItem, boutiqueItem]), 3),
        // The baseline when the challenge opens, then the readings once it ends; the ledger has its XP at once.
        gamificationMock('en', aGamification({ totalXp: 1240 })),
        gamificationMock('en', aGamification({ totalXp: 1270 }), 5),
        earnedXpMock({ challenge: 'challenge-1' }, [{ xp: 30, events: 2, awarded: 2 }], xpReadings),
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls),
        submitAnswerMock('q-boutique', { correct: false, explanation: 'The first boutique opened on the Rue du Faubourg.' }, calls),
      ],
    });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: "Today’s challenge" })).toBeInTheDocument();
    expect(screen.getByText('2 questions, chosen for you')).toBeInTheDocument();
    const first = screen.getByRole('region', { name: 'Question 1 of 2' });
    expect(within(first).getByText('A point to strengthen')).toBeInTheDocument();
    expect(within(first).getByText('· The founding')).toBeInTheDocument();
    expect(within(first).getByText('In which year was the maison founded?')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));

    const outcome = await screen.findByTestId('learn-outcome');
    expect(within(outcome).getByText('Correct')).toBeInTheDocument();
    expect(within(outcome).getByText('Aurèle opened his saddlery in 1837.')).toBeInTheDocument();
    await waitFor(() => expect(outcome).toHaveFocus());
    // The module player's path: an attempt id made on the device, no module version (the advisor's own practice).
    expect(calls).toHaveLength(1);
    expect(calls[0].input).toMatchObject({ questionId: 'q-founding', questionVersionId: 'q-founding-v1', moduleVersionId: null, answer: { type: 'SINGLE_CHOICE', optionId: 'a' } });
    expect(calls[0].input['attemptId']).toMatch(/^[0-9a-f-]{36}$/);
    // Read inside waitFor: the device queue answers asynchronously, and the shell may settle meanwhile.
    await waitFor(async () => expect(await learnAnswerQueue.count('advisor-lea')).toBe(0));

    await user.click(screen.getByRole('button', { name: 'Next question' }));
    const second = await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' });
    expect(second).toHaveFocus();
    expect(within(screen.getByRole('region', { name: 'Question 2 of 2' })).getByText('Time to review')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const wrong = await screen.findByTestId('learn-outcome');
    expect(within(wrong).getByText('Not quite')).toBeInTheDocument();
    expect(within(wrong).getByText('The first boutique opened on the Rue du Faubourg.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'See the summary' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Challenge complete' })).toHaveFocus();
    expect(screen.getByTestId('learn-challenge-score')).toHaveTextContent('1 of 2 right');
    expect(screen.getByText('Your next challenge is being prepared from these answers.')).toBeInTheDocument();
    // The challenge's own XP, from the ledger, with the new total.
    const rewards = await screen.findByTestId('learn-rewards');
    expect(rewards).toHaveTextContent('+30 XP');
    expect(rewards).toHaveTextContent('1,270');
    expect(xpReadings.count).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Back to today' })).toHaveAttribute('href', '/learn');
    expect(screen.getByRole('link', { name: 'See what to work on next' })).toHaveAttribute('href', '/learn/path');
    expect(calls.map((call) => call.input['questionId'])).toEqual(['q-founding', 'q-boutique']);
  });

  it('resumes at the first item not answered yet, and counts the items answered before the pause in its summary', async () => {
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/challenge',
      viewer: advisor,
      mocks: [
        todayChallengeMock('en', aChallenge([{ ...foundingItem, answered: true, correct: true }, boutiqueItem]), 2),
        gamificationMock('en', aGamification(), 4),
        earnedXpMock({ challenge: 'challenge-1' }, [{ xp: 20, events: 2, awarded: 2 }]),
        submitAnswerMock('q-boutique', { correct: false, explanation: 'The first boutique opened on the Rue du Faubourg.' }, calls),
      ],
    });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toBeInTheDocument();
    expect(screen.getByText('The first boutique opened on the Rue de la Paix.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByTestId('learn-outcome');
    await user.click(screen.getByRole('button', { name: 'See the summary' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Challenge complete' })).toBeInTheDocument();
    // The first answer, given before the pause, counts with this sitting's.
    expect(screen.getByTestId('learn-challenge-score')).toHaveTextContent('1 of 2 right');
  });

  it('shows every first answer’s outcome when the challenge opens already done, and no score while one is not known', async () => {
    const done = (correct: boolean | null) => aChallenge([{ ...foundingItem, answered: true, correct: true }, { ...boutiqueItem, answered: true, correct }]);
    const { unmount } = renderApp({ route: '/learn/challenge', viewer: advisor, mocks: [todayChallengeMock('en', done(true)), gamificationMock('en', aGamification())] });
    expect(await screen.findByRole('heading', { level: 2, name: 'Today’s challenge is done' })).toBeInTheDocument();
    expect(screen.getByTestId('learn-challenge-score')).toHaveTextContent('2 of 2 right');
    unmount();

    // Answered on this device, not yet on the server: its outcome is not known here.
    renderApp({ route: '/learn/challenge', viewer: advisor, mocks: [todayChallengeMock('en', done(null)), gamificationMock('en', aGamification())] });
    expect(await screen.findByRole('heading', { level: 2, name: 'Today’s challenge is done' })).toBeInTheDocument();
    expect(screen.queryByTestId('learn-challenge-score')).not.toBeInTheDocument();
  });

  it('never asks again a question whose answer still waits on the device, whatever the server says yet', async () => {
    setOnline(true);
    await learnAnswerQueue.enqueue(newPendingAnswer({ userId: 'advisor-lea', questionId: 'q-founding', questionVersionId: 'q-founding-v1', moduleVersionId: null, answer: { type: 'SINGLE_CHOICE', optionId: 'a' }, timeTakenMs: 1000 }));
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/challenge',
      viewer: advisor,
      mocks: [
        // The server's reading lands before the answer kept on the device has reached it (then read again once it has).
        todayChallengeMock('en', aChallenge([foundingItem, boutiqueItem]), 2),
        { ...submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls), delay: 300 },
        gamificationMock('en', aGamification(), 3),
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toBeInTheDocument();
    await waitFor(() => expect(calls).toHaveLength(1));
  });

  it('counts as answered a question whose answer, given in a module, still waits on the device', async () => {
    setOnline(false);
    // Answered offline in a module: the server counts any answer to the question since the challenge was prepared.
    await learnAnswerQueue.enqueue(newPendingAnswer({ userId: 'advisor-lea', questionId: 'q-founding', questionVersionId: 'q-founding-v1', moduleVersionId: 'module-1-v2', answer: { type: 'SINGLE_CHOICE', optionId: 'a' }, timeTakenMs: 1000 }));
    renderApp({ route: '/learn/challenge', viewer: advisor, mocks: [todayChallengeMock('en', aChallenge([foundingItem, boutiqueItem])), gamificationMock('en', aGamification())] });

    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toBeInTheDocument();
    expect(screen.queryByText('In which year was the maison founded?')).not.toBeInTheDocument();
  });

  it('opens the copy Today read when the phone says online but a newer reading does not come', async () => {
    setOnline(true);
    const challenge = aChallenge([foundingItem, boutiqueItem]);
    renderApp({
      route: '/learn',
      viewer: advisor,
      mocks: [
        todayChallengeMock('en', challenge),
        // The challenge page's own reading: the Wi-Fi reaches nothing.
        { ...todayChallengeMock('en', challenge), delay: 60_000 },
        enrolmentsMock('en', [anEnrolment([aStep('module-1', 'The founding')], { onboarding: false })]),
        gamificationMock('en', aGamification(), 3),
        teamQuestMock(),
        myPathMock('en', null),
        learnerModuleMock('en', aLearnerModule([aLearnerQuestion('q-1')])),
      ],
    });
    await userEvent.setup().click(await screen.findByRole('link', { name: 'Begin' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 2' }, { timeout: 6000 })).toBeInTheDocument();
  }, 15_000);

  describe('focus', () => {
    const challenge = aChallenge([foundingItem, boutiqueItem]);
    const fromToday = (pageReadingDelay: number) => [
      todayChallengeMock('en', challenge),
      // The challenge page's own reading.
      { ...todayChallengeMock('en', challenge), delay: pageReadingDelay },
      enrolmentsMock('en', [anEnrolment([aStep('module-1', 'The founding')], { onboarding: false })]),
      gamificationMock('en', aGamification(), 3),
      teamQuestMock(),
      myPathMock('en', null),
      learnerModuleMock('en', aLearnerModule([aLearnerQuestion('q-1')])),
    ];

    it('moves to the challenge’s heading once it opens after “Begin” on Today', async () => {
      setOnline(true);
      renderApp({ route: '/learn', viewer: advisor, mocks: fromToday(200) });

      await userEvent.setup().click(await screen.findByRole('link', { name: 'Begin' }));

      const heading = await screen.findByRole('heading', { level: 1, name: 'Today’s challenge' });
      await waitFor(() => expect(heading).toHaveFocus());
    });

    it('stays where the advisor put it while the challenge was opening', async () => {
      setOnline(true);
      renderApp({ route: '/learn', viewer: advisor, mocks: fromToday(300) });
      const user = userEvent.setup();

      await user.click(await screen.findByRole('link', { name: 'Begin' }));
      const sections = screen.getByRole('navigation', { name: 'Learn sections' });
      within(sections).getByRole('link', { name: 'Path' }).focus();

      expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 2' })).toBeInTheDocument();
      expect(within(sections).getByRole('link', { name: 'Path' })).toHaveFocus();
    });

    it('moves to the first question’s heading when the challenge opens on “Try again”', async () => {
      setOnline(true);
      renderApp({
        route: '/learn/challenge',
        viewer: advisor,
        mocks: [{ request: { query: TodayChallengeDocument, variables: { locale: 'en' } }, error: new Error('Network request failed') }, todayChallengeMock('en', challenge), gamificationMock('en', aGamification())],
      });

      await userEvent.setup().click(await screen.findByRole('button', { name: 'Try again' }));

      const first = await screen.findByRole('heading', { level: 2, name: 'Question 1 of 2' });
      await waitFor(() => expect(first).toHaveFocus());
    });
  });

  it('keeps an answer given offline on the device, says so, and counts it as answered', async () => {
    setOnline(false);
    const calls: SubmittedAnswer[] = [];
    const challenge = aChallenge([foundingItem]);
    renderApp({
      route: '/learn/challenge',
      viewer: advisor,
      mocks: [
        todayChallengeMock('en', challenge),
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls),
        // Today, afterwards: the challenge as the device knows it shows first (the server's answer is slow to come).
        { ...todayChallengeMock('en', challenge), delay: 20_000 },
        enrolmentsMock('en', [anEnrolment([aStep('module-1', 'The founding')], { onboarding: false })]),
        // Read when the challenge opens, and again by Today.
        gamificationMock('en', aGamification(), 2),
        teamQuestMock(),
        myPathMock('en', null),
        learnerModuleMock('en', aLearnerModule([aLearnerQuestion('q-1')])),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByTestId('learn-outcome')).toHaveTextContent('Saved on this device — it will be sent when you are back online.');
    expect(calls).toHaveLength(0);
    await waitFor(async () =>
      expect(await learnAnswerQueue.pending('advisor-lea')).toEqual([
        expect.objectContaining({ kind: 'answer', questionId: 'q-founding', moduleVersionId: null, answer: { type: 'SINGLE_CHOICE', optionId: 'a' } }),
      ]),
    );

    await user.click(screen.getByRole('button', { name: 'See the summary' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Challenge complete' })).toBeInTheDocument();
    expect(screen.getByText('1 answer is kept on this device and will be scored once sent.')).toBeInTheDocument();
    expect(screen.queryByTestId('learn-challenge-score')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to today' }));
    expect(await screen.findByRole('heading', { level: 2, name: "Today’s challenge is done" })).toBeInTheDocument();
  });

  it('says, quietly, when no challenge waits', async () => {
    renderApp({ route: '/learn/challenge', viewer: advisor, mocks: [todayChallengeMock('en', null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'No challenge for now' })).toBeInTheDocument();
    expect(screen.getByText('Your next challenge will be prepared after your next answers. Meanwhile, your path awaits.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to today' })).toHaveAttribute('href', '/learn');
  });

  it('plays in French', async () => {
    renderApp({ route: '/learn/challenge', viewer: aViewer({ id: 'advisor-lea', locale: 'fr' }), language: 'fr', mocks: [todayChallengeMock('fr', aChallenge([foundingItem], { kind: 'GAP' })), gamificationMock('fr', aGamification())] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Votre prochain défi' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Question 1 sur 1' })).toBeInTheDocument();
    expect(screen.getByText('Un point à consolider')).toBeInTheDocument();
  });
});
