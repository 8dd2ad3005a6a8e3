import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../app/session-store';
import { learnAnswerQueue } from '../modules/learn/device-queue';
import { aViewer, graphQLErrorResult } from '../testing/fixtures';
import { SubmitAnswerDocument } from '../modules/learn/graphql/learn.graphql';
import {
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
  nextPlacementMock,
  placementQuestion,
  submitAnswerMock,
  teamQuestMock,
  todayChallengeMock,
  trueFalseQuestion,
  type SubmittedAnswer,
} from '../testing/learn';
import { renderApp } from '../testing/render-app';

const advisor = aViewer({ id: 'advisor-lea', roles: ['ADVISOR'] });
const founding = aSkill('heritage.founding', 'The founding');
const calibre = aSkill('product.calibre', 'The calibre');
const known = (skill: Record<string, unknown>) => ({ __typename: 'SkillRef', code: skill['code'], name: skill['name'] });

const askingFounding = aPlacement({ status: 'IN_PROGRESS', asked: 1, maxItems: 3, question: placementQuestion(aLearnerQuestion('q-founding')) });
const askingBoutique = aPlacement({ status: 'IN_PROGRESS', asked: 2, maxItems: 3, question: placementQuestion(trueFalseQuestion('q-boutique')) });
const done = aPlacement({ status: 'DONE', asked: 2, maxItems: 3, masteredSkills: [known(founding), known(calibre)] });

const pathAfter = aPersonalPath([
  aPlannedStep('module-1', 'The founding', 'SKIPPED', 'MASTERED', [founding]),
  aPlannedStep('module-2', 'The first calibre', 'SKIPPED', 'MASTERED', [calibre]),
  aPlannedStep('module-3', 'The certification quiz', 'TODO', 'CERTIFICATION', [founding, calibre], { kind: 'QUIZ' }),
]);

function setOnline(online: boolean) {
  jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(async () => {
  sessionStore.reset();
  jest.restoreAllMocks();
  await learnAnswerQueue.clearAll();
});

describe('LearnPlacementPage', () => {
  it('asks, records each answer, asks for the next, and ends with the skills recognised and the modules skipped', async () => {
    const asked = { count: 0 };
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/placement',
      viewer: advisor,
      mocks: [
        myPlacementMock('en', aPlacement({ maxItems: 3 })),
        nextPlacementMock('en', [askingFounding, askingBoutique, done], asked),
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls),
        submitAnswerMock('q-boutique', { correct: true, explanation: 'The first boutique opened on the Rue de la Paix.' }, calls),
        myPathMock('en', pathAfter),
        // Today, afterwards: the placement as the device now knows it shows first (the server's answer is slow to come).
        { ...myPlacementMock('en', aPlacement({ maxItems: 3 })), delay: 20_000 },
        enrolmentsMock('en', [anEnrolment([aStep('module-3', 'The certification quiz', { kind: 'QUIZ', certification: true })])]),
        gamificationMock('en', aGamification()),
        teamQuestMock(),
        todayChallengeMock('en', null),
        myPathMock('en', pathAfter),
        learnerModuleMock('en', aLearnerModule([aLearnerQuestion('q-1')], { id: 'module-3' })),
      ],
    });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Show what you already know' })).toBeInTheDocument();
    expect(screen.getByText(/^A short diagnostic: at most 3 questions/)).toBeInTheDocument();
    // Nothing is started until the advisor begins.
    expect(asked.count).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Begin' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of at most 3' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(within(await screen.findByTestId('learn-outcome')).getByText('Aurèle opened his saddlery in 1837.')).toBeInTheDocument();
    expect(calls[0].input).toMatchObject({ questionId: 'q-founding', questionVersionId: 'q-founding-v1', moduleVersionId: null });
    expect(calls[0].input['attemptId']).toMatch(/^[0-9a-f-]{36}$/);
    // The next question is asked only once the answer is recorded, and only when the advisor moves on.
    expect(asked.count).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of at most 3' })).toHaveFocus();
    expect(asked.count).toBe(2);
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByTestId('learn-outcome');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Your placement is complete' })).toHaveFocus();
    const recognised = screen.getByRole('list', { name: 'Recognised as known' });
    expect(within(recognised).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['The founding', 'The calibre']);
    expect(await screen.findByTestId('learn-placement-skipped')).toHaveTextContent('2 modules of your path are skipped.');
    expect(screen.getByRole('link', { name: 'See your path' })).toHaveAttribute('href', '/learn/path');
    expect(asked.count).toBe(3);
    expect(calls.map((call) => call.input['questionId'])).toEqual(['q-founding', 'q-boutique']);
    await waitFor(async () => expect(await learnAnswerQueue.count('advisor-lea')).toBe(0));

    // Today no longer invites to it.
    await user.click(screen.getByRole('link', { name: 'Back to today' }));
    expect(await screen.findByRole('region', { name: "Today’s moment" })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Show what you already know' })).not.toBeInTheDocument();
  });

  it('asks again, answerable, a question whose answer the server refused', async () => {
    const asked = { count: 0 };
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/placement',
      viewer: advisor,
      mocks: [
        myPlacementMock('en', aPlacement({ maxItems: 3 })),
        // The refused answer is not recorded: the server asks the same question again.
        nextPlacementMock('en', [askingFounding, askingFounding, askingBoutique], asked),
        { request: { query: SubmitAnswerDocument, variables: () => true }, result: graphQLErrorResult('VALIDATION_FAILED', 'answeredAt is in the future') },
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.click(await screen.findByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByTestId('learn-outcome');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(asked.count).toBe(2));
    const again = await screen.findByRole('radio', { name: '1837' });
    expect(again).toBeEnabled();
    expect(again).not.toBeChecked();
    expect(screen.queryByTestId('learn-outcome')).not.toBeInTheDocument();
    await user.click(again);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await waitFor(() => expect(calls).toHaveLength(1));
  });

  it('shows that the next question is being chosen, and cannot be asked for twice meanwhile', async () => {
    const asked = { count: 0 };
    renderApp({
      route: '/learn/placement',
      viewer: advisor,
      mocks: [
        myPlacementMock('en', aPlacement({ maxItems: 3 })),
        { ...nextPlacementMock('en', [askingFounding, askingBoutique], asked), delay: 400 },
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, []),
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await screen.findByRole('heading', { level: 2, name: 'Question 1 of at most 3' });
    await user.click(screen.getByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByTestId('learn-outcome');

    const next = screen.getByRole('button', { name: 'Continue' });
    await user.click(next);
    expect(next).toHaveAttribute('data-loading', 'true');
    expect(next).toBeDisabled();
    await user.click(next);
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of at most 3' })).toBeInTheDocument();
    expect(asked.count).toBe(2);
  });

  it('pauses, quietly, while an answer waits on the device, and continues once it is sent', async () => {
    const asked = { count: 0 };
    const calls: SubmittedAnswer[] = [];
    renderApp({
      route: '/learn/placement',
      viewer: advisor,
      mocks: [
        myPlacementMock('en', aPlacement({ status: 'IN_PROGRESS', asked: 1, maxItems: 3 })),
        nextPlacementMock('en', [askingFounding, askingBoutique], asked),
        submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls),
      ],
    });
    const user = userEvent.setup();

    expect(await screen.findByText('You have begun: continue where you left off.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 2, name: 'Question 1 of at most 3' });

    // The Wi-Fi drops: the answer is kept, and the next question is not asked (it depends on this answer).
    setOnline(false);
    await user.click(screen.getByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByTestId('learn-outcome')).toHaveTextContent('Saved on this device');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Show what you already know' })).toHaveFocus();
    expect(screen.getByText(/^The placement needs a connection/)).toBeInTheDocument();
    expect(asked.count).toBe(1);
    expect(calls).toHaveLength(0);

    // Back online: the kept answer leaves first, then the next question comes.
    setOnline(true);
    await waitFor(() => expect(calls).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of at most 3' })).toBeInTheDocument();
    expect(asked.count).toBe(2);
  });

  it('sends an answer the server did not receive before asking for the next question', async () => {
    const calls: SubmittedAnswer[] = [];
    const answersWhenAsked: number[] = [];
    const foundingAnswer = submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls);
    renderApp({
      route: '/learn/placement',
      viewer: advisor,
      mocks: [
        myPlacementMock('en', aPlacement({ maxItems: 3 })),
        nextPlacementMock('en', [askingFounding, askingBoutique], { count: 0 }, () => answersWhenAsked.push(calls.length)),
        // The first send is lost on the way (the boutique Wi-Fi): the answer stays on the device.
        { request: foundingAnswer.request, error: new Error('Failed to fetch') },
        foundingAnswer,
      ],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.click(await screen.findByRole('radio', { name: '1837' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByTestId('learn-outcome')).toHaveTextContent('Saved on this device');
    expect(calls).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of at most 3' })).toBeInTheDocument();
    // Asked first with no answer, then again only once the kept answer had been recorded.
    expect(answersWhenAsked).toEqual([0, 1]);
  });

  it('does not begin offline, and says why', async () => {
    setOnline(false);
    const asked = { count: 0 };
    renderApp({ route: '/learn/placement', viewer: advisor, mocks: [myPlacementMock('en', aPlacement({ maxItems: 3 })), nextPlacementMock('en', [askingFounding], asked)] });

    expect(await screen.findByText(/^The placement needs a connection: each answer chooses the next question\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Begin' })).toBeDisabled();
    expect(asked.count).toBe(0);
  });

  it('shows what a finished placement found when opened again, without asking anything', async () => {
    const asked = { count: 0 };
    renderApp({
      route: '/learn/placement',
      viewer: advisor,
      mocks: [
        myPlacementMock('en', aPlacement({ status: 'DONE', asked: 4, masteredSkills: [known(founding)] })),
        nextPlacementMock('en', [askingFounding], asked),
        myPathMock('en', aPersonalPath([aPlannedStep('module-1', 'The founding', 'SKIPPED', 'MASTERED', [founding])])),
      ],
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Your placement is complete' })).toBeInTheDocument();
    expect(await screen.findByTestId('learn-placement-skipped')).toHaveTextContent('1 module of your path is skipped.');
    expect(asked.count).toBe(0);
  });

  it('speaks French, and says a path with nothing known keeps every module', async () => {
    renderApp({
      route: '/learn/placement',
      viewer: aViewer({ id: 'advisor-lea', locale: 'fr' }),
      language: 'fr',
      mocks: [myPlacementMock('fr', aPlacement({ status: 'DONE', asked: 12, maxItems: 12 })), myPathMock('fr', aPersonalPath([aPlannedStep('module-1', 'La fondation', 'TODO', 'GAP', [founding])]))],
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Votre positionnement est terminé' })).toBeInTheDocument();
    expect(screen.getByText('Votre parcours garde tous ses modules : chacun vous apportera du nouveau.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir votre parcours' })).toHaveAttribute('href', '/learn/path');
    expect(screen.queryByTestId('learn-placement-skipped')).not.toBeInTheDocument();
  });
});
