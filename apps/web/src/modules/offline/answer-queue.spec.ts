import 'fake-indexeddb/auto';
import { createAnswerQueue, type AnswerQueue } from './answer-queue';
import { aPendingAnswer, aPendingLessonRead, aTestQueue } from './pending-answer.fixtures';

const opened: AnswerQueue[] = [];
function newQueue() {
  const queue = aTestQueue();
  opened.push(queue);
  return queue;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((queue) => queue.close()));
});

describe('the answer queue', () => {
  it('keeps answers across a reopening of the database (a closed tab)', async () => {
    const queue = newQueue();
    const answer = aPendingAnswer();
    await queue.enqueue(answer);
    await queue.close();

    const reopened = createAnswerQueue({ databaseName: queue.databaseName });
    opened.push(reopened);
    expect(await reopened.pending(answer.userId)).toEqual([answer]);
  });

  it('partitions answers by user', async () => {
    const queue = newQueue();
    const lea = aPendingAnswer({ userId: 'lea' });
    const hugo = aPendingAnswer({ userId: 'hugo' });
    const lea2 = aPendingAnswer({ userId: 'lea' });
    await queue.enqueue(lea);
    await queue.enqueue(hugo);
    await queue.enqueue(lea2);

    expect(await queue.pending('lea')).toEqual([lea, lea2]);
    expect(await queue.pending('hugo')).toEqual([hugo]);
    expect(await queue.count('lea')).toBe(2);
    expect(await queue.count('hugo')).toBe(1);
    expect(await queue.pending('lea-and-more')).toEqual([]);
  });

  it('lists pending answers in queuedAt order, and in enqueue order within one instant', async () => {
    const queue = newQueue();
    const late = aPendingAnswer({ queuedAt: '2026-03-02T10:00:00.000Z' });
    const early = aPendingAnswer({ queuedAt: '2026-03-02T08:00:00.000Z' });
    const sameInstant = ['c', 'a', 'b'].map((suffix) =>
      aPendingAnswer({ attemptId: `attempt-${suffix}`, queuedAt: '2026-03-02T09:00:00.000Z' }),
    );
    for (const answer of [late, early, ...sameInstant]) await queue.enqueue(answer);

    expect((await queue.pending('advisor-lea')).map((answer) => answer.attemptId)).toEqual([
      early.attemptId,
      'attempt-c',
      'attempt-a',
      'attempt-b',
      late.attemptId,
    ]);
  });

  it('keeps one record, the first, when the same attemptId is enqueued twice', async () => {
    const queue = newQueue();
    const first = aPendingAnswer();
    await queue.enqueue(first);
    await queue.enqueue({ ...first, answer: { type: 'SINGLE_CHOICE', optionId: 'b' }, queuedAt: '2030-01-01T00:00:00.000Z' });

    expect(await queue.count(first.userId)).toBe(1);
    expect(await queue.pending(first.userId)).toEqual([first]);
  });

  it('removes one answer by attemptId', async () => {
    const queue = newQueue();
    const kept = aPendingAnswer();
    const removed = aPendingAnswer();
    await queue.enqueue(kept);
    await queue.enqueue(removed);

    await queue.remove(removed.attemptId);

    expect(await queue.pending(kept.userId)).toEqual([kept]);
  });

  it('keeps lesson reads beside the answers: listed in the order they were made, counted, removed and cleared with them', async () => {
    const queue = newQueue();
    const answer = aPendingAnswer();
    const read = aPendingLessonRead();
    const later = aPendingAnswer();
    for (const item of [later, read, answer]) await queue.enqueue(item);

    expect(await queue.pending('advisor-lea')).toEqual([answer, read, later]);
    expect(await queue.count('advisor-lea')).toBe(3);
    await queue.remove(read.attemptId);
    expect(await queue.pending('advisor-lea')).toEqual([answer, later]);
    await queue.enqueue(aPendingLessonRead());
    await queue.clearUser('advisor-lea');
    expect(await queue.count('advisor-lea')).toBe(0);
  });

  it("clears one user's answers only, or everyone's", async () => {
    const queue = newQueue();
    const hugo = aPendingAnswer({ userId: 'hugo' });
    await queue.enqueue(aPendingAnswer({ userId: 'lea' }));
    await queue.enqueue(aPendingAnswer({ userId: 'lea' }));
    await queue.enqueue(hugo);

    await queue.clearUser('lea');
    expect(await queue.count('lea')).toBe(0);
    expect(await queue.pending('hugo')).toEqual([hugo]);

    await queue.clearAll();
    expect(await queue.count('hugo')).toBe(0);
  });
});
