import type { AnswerQueue } from '../offline/answer-queue';
import { aPendingAnswer, aPendingLessonRead } from '../offline/pending-answer.fixtures';
import { createDeviceAnswerQueue, createMemoryAnswerQueue } from './device-queue';

function failingQueue(): AnswerQueue {
  const refuse = () => Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError'));
  return { enqueue: refuse, pending: refuse, remove: refuse, count: refuse, clearUser: refuse, clearAll: refuse, close: refuse };
}

describe('the memory answer queue', () => {
  it('keeps each user’s answers and lesson reads in order, once per attempt id', async () => {
    const queue = createMemoryAnswerQueue();
    const first = aPendingAnswer({ userId: 'lea' });
    const read = aPendingLessonRead({ userId: 'lea' });
    const second = aPendingAnswer({ userId: 'lea' });
    await queue.enqueue(second);
    await queue.enqueue(read);
    await queue.enqueue(first);
    await queue.enqueue({ ...first, answer: { type: 'TRUE_FALSE', value: true } });
    await queue.enqueue(aPendingAnswer({ userId: 'hugo' }));

    expect((await queue.pending('lea')).map((item) => item.attemptId)).toEqual([first.attemptId, read.attemptId, second.attemptId]);
    expect((await queue.pending('lea'))[0]).toEqual(first);
    await queue.remove(first.attemptId);
    expect(await queue.count('lea')).toBe(2);
    await queue.clearUser('lea');
    expect(await queue.count('lea')).toBe(0);
    expect(await queue.count('hugo')).toBe(1);
  });
});

describe('the device answer queue', () => {
  // jsdom has no IndexedDB: pretend the browser has one, so the queue tries it.
  beforeEach(() => Object.assign(globalThis, { indexedDB: {} }));
  afterEach(() => {
    delete (globalThis as { indexedDB?: unknown }).indexedDB;
  });

  it('uses the device queue when it opens', async () => {
    const primary = createMemoryAnswerQueue();
    const queue = createDeviceAnswerQueue(primary);
    await queue.enqueue(aPendingAnswer({ userId: 'lea' }));
    expect(await primary.count('lea')).toBe(1);
  });

  it('falls back to memory when the browser refuses to open IndexedDB, so answering never breaks', async () => {
    const fallback = createMemoryAnswerQueue();
    const queue = createDeviceAnswerQueue(failingQueue(), () => fallback);
    const answer = aPendingAnswer({ userId: 'lea' });
    await queue.enqueue(answer);
    expect(await queue.pending('lea')).toEqual([answer]);
    expect(await fallback.count('lea')).toBe(1);
  });

  it('falls back to memory where there is no IndexedDB at all', async () => {
    delete (globalThis as { indexedDB?: unknown }).indexedDB;
    const primary = createMemoryAnswerQueue();
    const queue = createDeviceAnswerQueue(primary);
    await queue.enqueue(aPendingAnswer({ userId: 'lea' }));
    expect(await primary.count('lea')).toBe(0);
    expect(await queue.count('lea')).toBe(1);
  });
});
