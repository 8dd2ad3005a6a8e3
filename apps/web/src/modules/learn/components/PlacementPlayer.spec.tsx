import 'fake-indexeddb/auto';
import type { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '../../../app/session-store';
import { aViewer, graphQLErrorResult } from '../../../testing/fixtures';
import { aLearnerQuestion, aPlacement, aSkill, myPlacementMock, placementQuestion, submitAnswerMock, trueFalseQuestion, type SubmittedAnswer } from '../../../testing/learn';
import { renderApp } from '../../../testing/render-app';
import { learnAnswerQueue } from '../device-queue';
import { NextPlacementQuestionDocument } from '../graphql/adaptive.graphql';

const advisor = aViewer({ id: 'advisor-lea', roles: ['ADVISOR'] });
const founding = aSkill('heritage.founding', 'The founding');

const askingFounding = aPlacement({ status: 'IN_PROGRESS', asked: 1, maxItems: 3, question: placementQuestion(aLearnerQuestion('q-founding')) });
const askingBoutique = aPlacement({ status: 'IN_PROGRESS', asked: 2, maxItems: 3, question: placementQuestion(trueFalseQuestion('q-boutique')) });
const doneWithout = aPlacement({ status: 'DONE', asked: 1, maxItems: 3, masteredSkills: [{ __typename: 'SkillRef', code: founding['code'], name: founding['name'] }] });

/** SubmitAnswer for q-founding: refused for now (an error not known to be final) while `refusing.now`, then recorded. */
function refusedThenRecorded(refusing: { now: boolean }, calls: SubmittedAnswer[]): MockLink.MockedResponse {
  const recorded = submitAnswerMock('q-founding', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls);
  const record = recorded.result as MockLink.ResultFunction<ApolloLink.Result>;
  return {
    request: recorded.request,
    result: (variables) => (refusing.now ? graphQLErrorResult('INTERNAL_SERVER_ERROR', 'Boom') : record(variables)),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/**
 * NextPlacementQuestion as the server answers it: the first question, then the next one once its answer is recorded;
 * before that, a result without it (as when its question was archived meanwhile: the server passes over it).
 */
function nextPlacement(asked: { count: number }, calls: SubmittedAnswer[], first: typeof askingFounding | null = askingFounding): MockLink.MockedResponse {
  return {
    request: { query: NextPlacementQuestionDocument, variables: { locale: 'en' } },
    result: () => {
      asked.count += 1;
      const placement = asked.count === 1 && first ? first : calls.length > 0 ? askingBoutique : doneWithout;
      return { data: { nextPlacementQuestion: placement } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** The placement of three questions, its answers refused while `refusing.now`: what was asked and sent, to check. */
function renderPlacementRefusingAnswers() {
  const asked = { count: 0 };
  const refusing = { now: true };
  const calls: SubmittedAnswer[] = [];
  renderApp({
    route: '/learn/placement',
    viewer: advisor,
    mocks: [myPlacementMock('en', aPlacement({ maxItems: 3 })), nextPlacement(asked, calls), refusedThenRecorded(refusing, calls)],
  });
  return { asked, refusing, calls };
}

/** Begins, answers the first question (its answer refused for now, so kept on the device) and asks to go on: paused. */
async function answerRefusedAndContinue(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Begin' }));
  await user.click(await screen.findByRole('radio', { name: '1837' }));
  await user.click(screen.getByRole('button', { name: 'Check' }));
  // Online, the API answered with an error about this answer: kept on the device, to be sent again.
  expect(await screen.findByTestId('learn-outcome')).toHaveTextContent('Saved on this device');
  expect(await learnAnswerQueue.count('advisor-lea')).toBe(1);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByText(/^Your answer is kept on this device and will be sent\./)).toBeInTheDocument();
}

afterEach(async () => {
  sessionStore.reset();
  jest.restoreAllMocks();
  await learnAnswerQueue.clearAll();
});

describe('PlacementPlayer', () => {
  it('does not move on, nor give a result, while an answer the API refused for now waits on the device', async () => {
    const { asked, refusing, calls } = renderPlacementRefusingAnswers();
    const user = userEvent.setup();

    await answerRefusedAndContinue(user);
    expect(screen.getByRole('heading', { level: 2, name: 'Show what you already know' })).toHaveFocus();
    expect(screen.queryByRole('heading', { level: 2, name: 'Your placement is complete' })).not.toBeInTheDocument();
    // The next step is not asked for while the answer it depends on is not on the server.
    expect(asked.count).toBe(1);

    // Still refused: still waiting.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('data-loading'));
    expect(screen.getByText(/^Your answer is kept on this device/)).toBeInTheDocument();
    expect(asked.count).toBe(1);

    // Accepted at last: the answer leaves the device first, then the placement goes on.
    refusing.now = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of at most 3' })).toBeInTheDocument();
    expect(calls.map((call) => call.input['questionId'])).toEqual(['q-founding']);
    expect(await learnAnswerQueue.count('advisor-lea')).toBe(0);
  });

  it('goes on by itself once the sync’s own retry has sent the answer it waited for, without Try again', async () => {
    const { asked, refusing, calls } = renderPlacementRefusingAnswers();
    const user = userEvent.setup();

    await answerRefusedAndContinue(user);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();

    // The API takes it now: the retry the sync scheduled after the refusal sends it (a few seconds of backoff).
    refusing.now = false;
    await waitFor(() => expect(calls.map((call) => call.input['questionId'])).toEqual(['q-founding']), { timeout: 6_000 });
    expect(await screen.findByRole('heading', { level: 2, name: 'Question 2 of at most 3' })).toBeInTheDocument();
    expect(asked.count).toBe(2);
    expect(await learnAnswerQueue.count('advisor-lea')).toBe(0);
  });

  it('waits for an answer left on the device by an earlier visit before going on', async () => {
    const asked = { count: 0 };
    const refusing = { now: true };
    const calls: SubmittedAnswer[] = [];
    await learnAnswerQueue.enqueue({
      kind: 'answer',
      attemptId: '5f0c7a1e-0000-4000-8000-000000000001',
      userId: 'advisor-lea',
      questionId: 'q-founding',
      questionVersionId: 'q-founding-v1',
      moduleVersionId: null,
      answer: { type: 'SINGLE_CHOICE', optionId: 'a' },
      timeTakenMs: 4_000,
      answeredAt: '2025-01-01T09:00:00.000Z',
      timeZone: 'Europe/Paris',
      queuedAt: '2025-01-01T09:00:00.000Z',
    });
    renderApp({
      route: '/learn/placement',
      viewer: advisor,
      mocks: [myPlacementMock('en', askingFounding), nextPlacement(asked, calls, null), refusedThenRecorded(refusing, calls)],
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/^Your answer is kept on this device and will be sent\./)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Your placement is complete' })).not.toBeInTheDocument();
    expect(asked.count).toBe(0);
  });
});
