import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { learnAnswerQueue } from '../modules/learn/device-queue';
import { LearnerModuleDocument } from '../modules/learn/graphql/learn.graphql';
import { newPendingAnswer } from '../modules/offline/answer-sync';
import { aViewer } from '../testing/fixtures';
import {
  aBadge,
  aGamification,
  aLearnerModule,
  aLearnerQuestion,
  anEnrolment,
  aPlacement,
  aStep,
  completeLessonMock,
  enrolmentsMock,
  gamificationMock,
  learnerModuleMock,
  learnTodayMocks,
  earnedXpMock,
  myPathMock,
  myPlacementMock,
  submitAnswerErrorMock,
  submitAnswerMock,
  teamQuestMock,
  todayChallengeMock,
  trueFalseQuestion,
  type SubmittedAnswer,
} from '../testing/learn';
import { renderApp } from '../testing/render-app';

const advisor = aViewer({ id: 'advisor-lea', roles: ['ADVISOR'] });

const founding = aLearnerQuestion('q-founding');
const boutique = trueFalseQuestion('q-boutique');

const before = aGamification({ totalXp: 1240 }, {}, { current: 4, activeToday: false }, [aBadge({ earned: false, awardedAt: null, current: 0 })]);
// The total moves by 120, of which 35 from another module's answers sent from the device meanwhile: the module earned 85.
const after = aGamification({ totalXp: 1360 }, {}, { current: 5, activeToday: true, atRisk: false }, [aBadge()]);

function setOnline(online: boolean) {
  jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
}

afterEach(async () => {
  sessionStore.reset();
  jest.restoreAllMocks();
  await learnAnswerQueue.clearAll();
});

describe('LearnModulePage', () => {
  it('plays the lesson, then each question with its feedback, then the summary with the XP and the new badge', async () => {
    const calls: SubmittedAnswer[] = [];
    const lessonReads: Array<Record<string, unknown>> = [];
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        learnerModuleMock('en', aLearnerModule([founding, boutique])),
        // The baseline when the module opens, then the readings once it ends (the worker has awarded by then).
        gamificationMock('en', before),
        gamificationMock('en', after, 5),
        earnedXpMock({ module: 'module-1' }, [{ xp: 85, events: 3, awarded: 3 }]),
        completeLessonMock('module-1-v2', (variables) => lessonReads.push(variables)),
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls, { answered: 1, correctFirstTime: 1 }),
        submitAnswerMock('q-boutique', { correct: false, explanation: 'The first boutique opened on the Rue du Faubourg.' }, calls, { status: 'COMPLETED', answered: 2, correctFirstTime: 1 }),
      ],
    });
    const user = userEvent.setup();

    // The lesson, every block in semantic HTML.
    expect(await screen.findByRole('heading', { level: 1, name: 'The founding' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'The lesson' })).toBeInTheDocument();
    // The API's sanitised HTML, rendered as HTML.
    expect(screen.getByText('house').tagName).toBe('STRONG');
    const image = screen.getByRole('img', { name: 'The first workshop, rue du Faubourg' });
    expect(image.closest('figure')).toHaveTextContent('The workshop in 1837');
    const video = document.querySelector('video');
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAttribute('src', '/media/atelier.mp4');
    expect(video?.closest('figure')?.querySelector('figcaption')).toHaveTextContent('A day in the atelier');
    const product = screen.getByRole('article', { name: 'Calibre Aurèle 1837' });
    expect(within(product).getByRole('heading', { level: 3, name: 'Calibre Aurèle 1837' })).toBeInTheDocument();
    expect(within(product).getByText('Power reserve').tagName).toBe('DT');
    expect(within(product).getByText('72 hours').tagName).toBe('DD');
    expect(screen.getByRole('heading', { level: 3, name: 'The first workshop' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Key fact' })).toHaveTextContent('Every watch is assembled by a single watchmaker.');

    await user.click(screen.getByRole('button', { name: 'I have read this — continue' }));

    // The first question: the heading takes the focus, the progress is announced politely.
    const first = await screen.findByRole('heading', { level: 2, name: 'Question 1 of 2' });
    expect(first).toHaveFocus();
    expect(first.parentElement).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(lessonReads).toHaveLength(1));
    // Sent with the instant it was read on the device.
    expect(lessonReads[0]).toEqual({ moduleVersionId: 'module-1-v2', readAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));

    const outcome = await screen.findByTestId('learn-outcome');
    expect(within(outcome).getByText('Correct')).toBeInTheDocument();
    expect(within(outcome).getByText('Aurèle opened his saddlery in 1837.')).toBeInTheDocument();
    expect(within(outcome).getByRole('status')).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(outcome).toHaveFocus());
    expect(calls).toHaveLength(1);
    expect(calls[0].locale).toBe('en');
    expect(calls[0].input).toMatchObject({
      questionId: 'q-founding',
      questionVersionId: 'q-founding-v1',
      moduleVersionId: 'module-1-v2',
      answer: { type: 'SINGLE_CHOICE', optionId: 'a' },
      timeZone: expect.any(String),
    });
    expect(calls[0].input['attemptId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls[0].input).not.toHaveProperty('userId');
    // Sent, so nothing waits on the device.
    expect(await learnAnswerQueue.count('advisor-lea')).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const second = await screen.findByTestId('learn-outcome');
    expect(within(second).getByText('Not quite')).toBeInTheDocument();
    expect(within(second).getByText('The first boutique opened on the Rue du Faubourg.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'See the summary' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Module complete' })).toHaveFocus();
    expect(screen.getByTestId('learn-summary-score')).toHaveTextContent('1 of 2 right the first time');
    const rewards = await screen.findByTestId('learn-rewards');
    expect(rewards).toHaveTextContent('+85 XP');
    expect(rewards).toHaveTextContent('1,360 XP in all · 5-day streak');
    expect(within(rewards).getByText('New badge')).toBeInTheDocument();
    expect(within(rewards).getByText('First steps')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to today' })).toHaveAttribute('href', '/learn');
  });

  it('records a lesson without questions as read, then shows what it earned', async () => {
    let lessonRead = 0;
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        learnerModuleMock('en', aLearnerModule([], {}, { total: 0 })),
        gamificationMock('en', before),
        gamificationMock('en', aGamification({ totalXp: 1265 }, {}, { current: 5 }), 5),
        earnedXpMock({ module: 'module-1' }, [{ xp: 25, events: 3, awarded: 3 }]),
        completeLessonMock('module-1-v2', () => (lessonRead += 1), { status: 'COMPLETED', total: 0 }),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'I have read this' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Module complete' })).toHaveFocus();
    expect(await screen.findByTestId('learn-rewards')).toHaveTextContent('+25 XP');
    expect(lessonRead).toBe(1);
    expect(screen.queryByTestId('learn-summary-score')).not.toBeInTheDocument();
  });

  it('resumes at the first question not answered yet, without the lesson', async () => {
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [learnerModuleMock('en', aLearnerModule([{ ...founding, answered: true }, boutique], {}, { status: 'IN_PROGRESS', answered: 1, lessonReadAt: '2026-11-20T09:00:00Z' })), gamificationMock('en', before)],
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toBeInTheDocument();
    expect(screen.getByText('The first boutique opened on the Rue de la Paix.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'The lesson' })).not.toBeInTheDocument();
  });

  it('never asks again a question whose answer still waits on the device, wherever it was given, whatever the server says yet', async () => {
    setOnline(true);
    const answer = { userId: 'advisor-lea', answer: { type: 'SINGLE_CHOICE', optionId: 'a' }, timeTakenMs: 1000 };
    // As the server counts them: any answer to the question, here in today's challenge and in an earlier version of this module.
    await learnAnswerQueue.enqueue(newPendingAnswer({ ...answer, questionId: 'q-founding', questionVersionId: 'q-founding-v1', moduleVersionId: null }));
    await learnAnswerQueue.enqueue(newPendingAnswer({ ...answer, questionId: 'q-boutique', questionVersionId: 'q-boutique-v1', moduleVersionId: 'module-1-v1' }));
    const calls: SubmittedAnswer[] = [];
    const closing = aLearnerQuestion('q-atelier', { prompt: 'Who assembles each watch?' });
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        // The server's reading lands before the answers kept on the device have reached it.
        learnerModuleMock('en', aLearnerModule([founding, boutique, closing], {}, { status: 'IN_PROGRESS', answered: 0, total: 3, lessonReadAt: '2026-11-20T09:00:00Z' })),
        { ...submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls), delay: 300 },
        { ...submitAnswerMock('q-boutique', { correct: true, explanation: 'The first boutique opened on the Rue de la Paix.' }, calls), delay: 300 },
        gamificationMock('en', before, 3),
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 3 of 3' })).toBeInTheDocument();
    expect(screen.getByText('Who assembles each watch?')).toBeInTheDocument();
    await waitFor(() => expect(calls).toHaveLength(2));
  });

  describe('opened online from Today, which read it ahead', () => {
    const resumed = { status: 'IN_PROGRESS', lessonReadAt: '2026-11-20T09:00:00Z' };
    // Today's copy, then the module page's own reading: the founding was answered since, in a challenge.
    const todayCopy = aLearnerModule([founding, boutique], {}, { ...resumed, answered: 0 });
    const newest = aLearnerModule([{ ...founding, answered: true }, boutique], {}, { ...resumed, answered: 1 });
    const mocks = (pageReadingDelay: number) => [
      enrolmentsMock('en', [anEnrolment([aStep('module-1', 'The founding', { status: 'IN_PROGRESS' })])]),
      gamificationMock('en', before, 3),
      teamQuestMock(),
      todayChallengeMock('en', null),
      myPathMock('en', null),
      myPlacementMock('en', aPlacement({ status: 'DONE' })),
      learnerModuleMock('en', todayCopy),
      { ...learnerModuleMock('en', newest), delay: pageReadingDelay },
    ];

    it('waits for the newest reading, so a question answered since is not asked again', async () => {
      setOnline(true);
      renderApp({ route: '/learn', viewer: advisor, mocks: mocks(300) });

      await userEvent.setup().click(await screen.findByRole('link', { name: 'Continue' }));

      expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { level: 2, name: 'Question 1 of 2' })).not.toBeInTheDocument();
    });

    it('opens the copy Today read when the phone says online but the newest reading does not come', async () => {
      setOnline(true);
      renderApp({ route: '/learn', viewer: advisor, mocks: mocks(60_000) });

      await userEvent.setup().click(await screen.findByRole('link', { name: 'Continue' }));

      expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 2' }, { timeout: 6000 })).toBeInTheDocument();
    }, 15_000);
  });

  it('finishes the version the advisor started when a newer one is read meanwhile, and names it in the answers', async () => {
    setOnline(true);
    const resumed = { status: 'IN_PROGRESS', lessonReadAt: '2026-11-20T09:00:00Z' };
    const started = aLearnerModule([founding, boutique], { versionId: 'module-1-v1' }, resumed);
    const closing = aLearnerQuestion('q-atelier', { prompt: 'Who assembles each watch?' });
    const published = aLearnerModule([founding, boutique, closing], { versionId: 'module-1-v2', title: 'The founding, revised' }, { ...resumed, total: 3 });
    const calls: SubmittedAnswer[] = [];
    const { cache } = renderApp({
      route: '/learn',
      viewer: advisor,
      mocks: [
        enrolmentsMock('en', [anEnrolment([aStep('module-1', 'The founding', { status: 'IN_PROGRESS' })])]),
        gamificationMock('en', before, 3),
        teamQuestMock(),
        todayChallengeMock('en', null),
        myPathMock('en', null),
        myPlacementMock('en', aPlacement({ status: 'DONE' })),
        // Today reads the module ahead; the module page's own reading, slow to come, brings the version published since.
        learnerModuleMock('en', started),
        { ...learnerModuleMock('en', published), delay: 4_000 },
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls, resumed),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 2' }, { timeout: 6_000 })).toBeInTheDocument();
    await waitFor(() => expect(cache.readQuery({ query: LearnerModuleDocument, variables: { id: 'module-1', locale: 'en' } })?.learnerModule.versionId).toBe('module-1-v2'), { timeout: 6_000 });

    expect(screen.getByRole('heading', { level: 2, name: 'Question 1 of 2' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'The founding' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].input).toMatchObject({ questionId: 'q-founding', moduleVersionId: 'module-1-v1' });
    await user.click(await screen.findByRole('button', { name: 'Next question' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toBeInTheDocument();
  }, 20_000);

  it('resumes after a question answered in the last sitting when opened again from the device’s copy', async () => {
    setOnline(true);
    const resumed = { status: 'IN_PROGRESS', lessonReadAt: '2026-11-20T09:00:00Z' };
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        learnerModuleMock('en', aLearnerModule([founding, boutique], {}, resumed)),
        gamificationMock('en', before, Number.POSITIVE_INFINITY),
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls, { ...resumed, answered: 1 }),
        // Today, to leave the module and come back to it.
        enrolmentsMock('en', [anEnrolment([aStep('module-1', 'The founding', { status: 'IN_PROGRESS' })])]),
        teamQuestMock(),
        todayChallengeMock('en', null),
        myPathMock('en', null),
        myPlacementMock('en', aPlacement({ status: 'DONE' })),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Aurèle opened his saddlery in 1837.')).toBeInTheDocument();
    expect(calls).toHaveLength(1);

    // Left, and opened again with the Wi-Fi gone: the copy on the device knows the founding is answered.
    await user.click(screen.getAllByRole('link', { name: 'Today' })[0]);
    setOnline(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    await user.click(await screen.findByRole('link', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toBeInTheDocument();
  });

  it('counts the questions right the first time from the server, so an advisor coming back sees all of them', async () => {
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        // The founding was answered right in an earlier sitting.
        learnerModuleMock('en', aLearnerModule([{ ...founding, answered: true }, boutique], {}, { status: 'IN_PROGRESS', answered: 1, correctFirstTime: 1, lessonReadAt: '2026-11-20T09:00:00Z' })),
        gamificationMock('en', before),
        gamificationMock('en', after, 5),
        earnedXpMock({ module: 'module-1' }, [{ xp: 85, events: 3, awarded: 3 }]),
        submitAnswerMock('q-boutique', { correct: true, explanation: 'The first boutique opened on the Rue de la Paix.' }, calls, { status: 'COMPLETED', answered: 2, correctFirstTime: 2, perfect: true }),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(await screen.findByRole('button', { name: 'See the summary' }));

    expect(await screen.findByTestId('learn-summary-score')).toHaveTextContent('2 of 2 right the first time');
    expect(screen.getByText('Every answer right the first time.')).toBeInTheDocument();
    expect(await screen.findByTestId('learn-rewards')).toHaveTextContent('+85 XP');
  });

  it('in a review, keeps the first-time count and adds how this sitting went', async () => {
    const calls: SubmittedAnswer[] = [];
    const done = { status: 'COMPLETED', answered: 2, correctFirstTime: 1 };
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        learnerModuleMock('en', aLearnerModule([{ ...founding, answered: true }, { ...boutique, answered: true }], { blocks: [] }, done)),
        gamificationMock('en', before),
        gamificationMock('en', after, 5),
        earnedXpMock({ module: 'module-1' }, [{ xp: 85, events: 3, awarded: 3 }]),
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls, done),
        submitAnswerMock('q-boutique', { correct: true, explanation: 'The first boutique opened on the Rue de la Paix.' }, calls, done),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(await screen.findByRole('button', { name: 'Next question' }));
    await user.click(await screen.findByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(await screen.findByRole('button', { name: 'See the summary' }));

    expect(await screen.findByTestId('learn-summary-score')).toHaveTextContent('1 of 2 right the first time');
    expect(screen.getByText('2 of 2 right this time')).toBeInTheDocument();
    expect(screen.queryByText('Every answer right the first time.')).not.toBeInTheDocument();
    expect(await screen.findByTestId('learn-rewards')).toHaveTextContent('+85 XP');
  });

  it('keeps a lesson read offline on the device with its instant, resumes after it, and sends it once the app opens online again', async () => {
    setOnline(false);
    const lessonReads: Array<Record<string, unknown>> = [];
    const offline = renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        learnerModuleMock('en', aLearnerModule([founding])),
        gamificationMock('en', before, Number.POSITIVE_INFINITY),
        completeLessonMock('module-1-v2', (variables) => lessonReads.push(variables)),
        // Today, to leave the module and come back to it.
        enrolmentsMock('en', [anEnrolment([aStep('module-1', 'The founding', { status: 'IN_PROGRESS' })])]),
        teamQuestMock(),
        todayChallengeMock('en', null),
        myPathMock('en', null),
        myPlacementMock('en', aPlacement({ status: 'DONE' })),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'I have read this — continue' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 1' })).toBeInTheDocument();
    // The banner appears at once; the count follows when the device's queue has been read.
    await waitFor(() => expect(screen.getByTestId('offline-banner')).toHaveTextContent('1 answer or lesson waiting to be sent'));
    const [kept] = await learnAnswerQueue.pending('advisor-lea');
    expect(kept).toMatchObject({ kind: 'lessonRead', moduleVersionId: 'module-1-v2', readAt: expect.any(String) });
    expect(lessonReads).toHaveLength(0);

    // Left and opened again before it is sent: the module resumes after the lesson.
    await user.click(screen.getAllByRole('link', { name: 'Today' })[0]);
    await user.click(await screen.findByRole('link', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 1' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'The lesson' })).not.toBeInTheDocument();

    // The app is closed, then opened again with the connection back: the reading leaves, once, as it was made.
    offline.unmount();
    setOnline(true);
    renderApp({ route: '/learn', viewer: advisor, mocks: [...learnTodayMocks(), completeLessonMock('module-1-v2', (variables) => lessonReads.push(variables))] });
    await waitFor(() => expect(lessonReads).toEqual([{ moduleVersionId: 'module-1-v2', readAt: kept.kind === 'lessonRead' ? kept.readAt : null, sentAt: expect.any(String), timeZone: expect.any(String) }]));
    // Sent now, on the same clock: the server reads the instant of the reading by the time between the two.
    expect(Date.parse(lessonReads[0]['sentAt'] as string)).toBeGreaterThanOrEqual(Date.parse(lessonReads[0]['readAt'] as string));
    await waitFor(async () => expect(await learnAnswerQueue.count('advisor-lea')).toBe(0));
    // The banner follows the queue once the sync has counted it again.
    await waitFor(() => expect(screen.queryByTestId('offline-banner')).not.toBeInTheDocument());
  });

  it('keeps an answer given offline on the device, says so, and moves on without calling the API', async () => {
    setOnline(false);
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        learnerModuleMock('en', aLearnerModule([founding, boutique], { blocks: [] })),
        gamificationMock('en', before),
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls),
      ],
    });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));

    const outcome = await screen.findByTestId('learn-outcome');
    expect(outcome).toHaveTextContent('Saved on this device — it will be sent when you are back online.');
    expect(within(outcome).queryByText('Correct')).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
    const waiting = await learnAnswerQueue.pending('advisor-lea');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ questionId: 'q-founding', answer: { type: 'SINGLE_CHOICE', optionId: 'a' } });
    // The banner appears at once; the count follows when the device's queue has been read.
    await waitFor(() => expect(screen.getByTestId('offline-banner')).toHaveTextContent('1 answer or lesson waiting to be sent'));

    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(await screen.findByRole('button', { name: 'See the summary' }));

    expect(await screen.findByText('2 answers are kept on this device and will be scored once sent.')).toBeInTheDocument();
    expect(screen.getByText('Your XP will follow once your answers are sent.')).toBeInTheDocument();
    expect(screen.queryByTestId('learn-summary-score')).not.toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('tells, without blame, when the API refuses an answer for good, and does not keep it', async () => {
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [learnerModuleMock('en', aLearnerModule([founding], { blocks: [] })), gamificationMock('en', before), submitAnswerErrorMock('q-founding', 'VERSION_NOT_PUBLISHED', calls)],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByTestId('learn-outcome')).toHaveTextContent('This module has changed since it was opened');
    expect(calls).toHaveLength(1);
    expect(await learnAnswerQueue.count('advisor-lea')).toBe(0);
    expect(screen.getByRole('button', { name: 'See the summary' })).toBeEnabled();
  });

  it('moves focus to the lesson’s heading when the module opens on “Try again”', async () => {
    setOnline(true);
    renderApp({
      route: '/learn/modules/module-1',
      viewer: advisor,
      mocks: [
        { request: learnerModuleMock('en', aLearnerModule([founding])).request, error: new Error('Network request failed') },
        learnerModuleMock('en', aLearnerModule([founding])),
        gamificationMock('en', before),
      ],
    });

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Try again' }));

    const lesson = await screen.findByRole('heading', { level: 2, name: 'The lesson' });
    await waitFor(() => expect(lesson).toHaveFocus());
  });

  it('says so when the module no longer exists', async () => {
    renderApp({
      route: '/learn/modules/module-gone',
      viewer: advisor,
      mocks: [{ request: { query: learnerModuleMock('en', { id: 'module-gone' }).request.query, variables: { id: 'module-gone', locale: 'en' } }, result: { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] } as never }],
    });

    expect(await screen.findByText('This module is no longer available.')).toBeInTheDocument();
    // The way back (the quiet back link, beside the section nav).
    expect(screen.getAllByRole('link', { name: 'Today' }).map((link) => link.getAttribute('href'))).toEqual(['/learn', '/learn']);
  });
});
