import 'fake-indexeddb/auto';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createCache } from '../../../app/apollo-client';
import { createI18n } from '../../../app/i18n/i18n';
import { aPendingAnswer } from '../../offline/pending-answer.fixtures';
import { submitAnswerErrorMock, submitAnswerMock, type SubmittedAnswer } from '../../../testing/learn';
import { learnAnswerQueue } from '../device-queue';
import { useLearnSyncValue } from './useLearnSyncValue';

const USER = 'advisor-lea';

/** The hook's providers: the interface language and the API as `mocks` answer it. */
function withApi(mocks: ReadonlyArray<MockLink.MockedResponse>) {
  const i18n = createI18n('en');
  return ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
        {children}
      </MockedProvider>
    </I18nextProvider>
  );
}

afterEach(async () => {
  jest.restoreAllMocks();
  await learnAnswerQueue.clearAll();
});

describe('useLearnSyncValue', () => {
  it('sends the answers kept after one the API refuses for now, and keeps that one on the device for another try', async () => {
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(true);
    const [refused, next] = [aPendingAnswer({ questionId: 'q-refused' }), aPendingAnswer({ questionId: 'q-next' })];
    await learnAnswerQueue.enqueue(refused);
    await learnAnswerQueue.enqueue(next);
    const calls: SubmittedAnswer[] = [];
    const mocks = [
      // The same answer every time it is sent (as an item the server cannot take would be).
      { ...submitAnswerErrorMock('q-refused', 'FORBIDDEN', calls), maxUsageCount: Number.POSITIVE_INFINITY },
      submitAnswerMock('q-next', { correct: true, explanation: 'Aurèle opened his saddlery in 1837.' }, calls),
    ];
    const wrapper = withApi(mocks);

    const { result, unmount } = renderHook(() => useLearnSyncValue(USER), { wrapper });

    await waitFor(() => expect(calls.map((call) => call.input['attemptId'])).toEqual([refused.attemptId, next.attemptId]));
    await waitFor(async () => expect(await learnAnswerQueue.pending(USER)).toEqual([refused]));
    await waitFor(() => expect(result.current.pending).toBe(1));
    // Not refused for good: nothing to tell the advisor is lost.
    expect(result.current.refusedLater).toBe(0);
    unmount();
  });

  it('tells the player an answer refused for now is kept and will be sent again, and one given offline that it waits for the connection', async () => {
    const online = jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(true);
    const [refused, offline] = [aPendingAnswer({ questionId: 'q-refused' }), aPendingAnswer({ questionId: 'q-offline' })];
    const mocks = [{ ...submitAnswerErrorMock('q-refused', 'FORBIDDEN', []), maxUsageCount: Number.POSITIVE_INFINITY }];
    const wrapper = withApi(mocks);
    const { result, unmount } = renderHook(() => useLearnSyncValue(USER), { wrapper });

    expect(await result.current.submitAnswer(refused)).toEqual({ kind: 'saved', refused: true });
    online.mockReturnValue(false);
    expect(await result.current.submitAnswer(offline)).toEqual({ kind: 'saved' });
    expect((await learnAnswerQueue.pending(USER)).map((item) => item.attemptId)).toEqual([refused.attemptId, offline.attemptId]);
    unmount();
  });
});
