import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { AnswerQueue, PendingItem } from '../answer-queue';
import type { SendOutcome } from '../answer-sync';
import { aPendingAnswer, aTestQueue } from '../pending-answer.fixtures';
import { useAnswerSync } from './useAnswerSync';

const queues: AnswerQueue[] = [];
function newQueue() {
  const queue = aTestQueue();
  queues.push(queue);
  return queue;
}

function goOnline(online: boolean) {
  jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(async () => {
  jest.restoreAllMocks();
  await Promise.all(queues.splice(0).map((queue) => queue.close()));
});

describe('useAnswerSync', () => {
  it('keeps answers given offline, counts them, and sends them when the connection returns', async () => {
    const queue = newQueue();
    const send = jest.fn<Promise<SendOutcome>, [PendingItem]>(async () => ({ status: 'sent' }));
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    const { result } = renderHook(() => useAnswerSync({ userId: 'lea', send, queue }));
    expect(result.current.online).toBe(false);

    const answers = [aPendingAnswer({ userId: 'lea' }), aPendingAnswer({ userId: 'lea' })];
    await act(async () => {
      for (const answer of answers) await result.current.submit(answer);
    });
    expect(result.current.pending).toBe(2);
    expect(send).not.toHaveBeenCalled();

    goOnline(true);

    expect(result.current.online).toBe(true);
    await waitFor(() => expect(result.current.pending).toBe(0));
    expect(send.mock.calls.map(([answer]) => answer.attemptId)).toEqual(answers.map((answer) => answer.attemptId));
  });

  it('counts the answers left by an earlier visit, sends them, and reports a refused one', async () => {
    const queue = newQueue();
    const [refused, accepted] = [aPendingAnswer({ userId: 'lea' }), aPendingAnswer({ userId: 'lea' })];
    await queue.enqueue(refused);
    await queue.enqueue(accepted);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const send = jest.fn(async (item: PendingItem): Promise<SendOutcome> => {
      await released;
      return item.attemptId === refused.attemptId ? { status: 'rejected', code: 'QUESTION_RETIRED' } : { status: 'sent' };
    });

    const { result } = renderHook(() => useAnswerSync({ userId: 'lea', send, queue }));
    await waitFor(() => expect(result.current.pending).toBe(2));
    act(() => release());

    await waitFor(() => expect(result.current.pending).toBe(0));
    expect(result.current.lastRejection).toEqual({ item: refused, code: 'QUESTION_RETIRED' });
  });

  it('follows the advisor signed in: another user, then no one', async () => {
    const queue = newQueue();
    for (let answers = 0; answers < 3; answers += 1) await queue.enqueue(aPendingAnswer({ userId: 'hugo' }));
    jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    const send = jest.fn(async (): Promise<SendOutcome> => ({ status: 'sent' }));

    const { result, rerender } = renderHook(({ userId }) => useAnswerSync({ userId, send, queue }), {
      initialProps: { userId: 'lea' as string | null },
    });
    await act(async () => {
      await result.current.submit(aPendingAnswer({ userId: 'lea' }));
    });
    expect(result.current.pending).toBe(1);

    rerender({ userId: 'hugo' });
    await waitFor(() => expect(result.current.pending).toBe(3));
    // Changes of another user's queue do not show in this advisor's count.
    await act(async () => {
      await result.current.submit(aPendingAnswer({ userId: 'lea' }));
    });
    expect(result.current.pending).toBe(3);
    rerender({ userId: null });
    expect(result.current.pending).toBe(0);

    goOnline(true);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(send).not.toHaveBeenCalled();
    expect(await queue.count('lea')).toBe(2);
    expect(await queue.count('hugo')).toBe(3);
  });
});
