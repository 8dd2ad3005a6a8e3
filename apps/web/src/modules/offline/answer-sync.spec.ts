import 'fake-indexeddb/auto';
import { setImmediate as realSetImmediate } from 'node:timers';
import type { AnswerQueue, PendingItem } from './answer-queue';
import { createAnswerSync, newPendingAnswer, newPendingLessonRead, type AnswerSyncChange, type AnswerSyncOptions, type SendOutcome } from './answer-sync';
import { aPendingAnswer, aPendingLessonRead, aTestQueue } from './pending-answer.fixtures';

const USER = 'advisor-lea';
const sent: SendOutcome = { status: 'sent' };

/** Lets IndexedDB (fake-indexeddb schedules on the real setImmediate) and the sync's awaits run, even under fake timers. */
async function settle(rounds = 30): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise((resolve) => realSetImmediate(resolve));
}

/** A promise and the hand that resolves it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Records the sync's changes; `reached(type, n)` resolves once `n` changes of that type have happened. */
function recordChanges() {
  const changes: AnswerSyncChange[] = [];
  const waiters: Array<{ type: AnswerSyncChange['type']; count: number; resolve: (change: AnswerSyncChange) => void }> = [];
  const ofType = (type: AnswerSyncChange['type']) => changes.filter((change) => change.type === type);
  const check = () => {
    for (const waiter of [...waiters]) {
      const matching = ofType(waiter.type);
      if (matching.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(matching[waiter.count - 1]);
      }
    }
  };
  return {
    changes,
    ofType,
    onChange(change: AnswerSyncChange) {
      changes.push(change);
      check();
    },
    reached(type: AnswerSyncChange['type'], count: number): Promise<AnswerSyncChange> {
      const reached = new Promise<AnswerSyncChange>((resolve) => waiters.push({ type, count, resolve }));
      check();
      return reached;
    },
  };
}

const queues: AnswerQueue[] = [];
const syncs: Array<{ stop(): void }> = [];

/** A sync over a fresh queue, online, with its own event target and a recorder of changes. */
function setUp(options: Partial<AnswerSyncOptions> = {}) {
  const queue = aTestQueue();
  const events = new EventTarget();
  const recorder = recordChanges();
  const send = jest.fn<Promise<SendOutcome>, [PendingItem]>(async () => sent);
  const sync = createAnswerSync({ queue, send, isOnline: () => true, events, onChange: recorder.onChange, ...options });
  queues.push(queue);
  syncs.push(sync);
  return { queue, events, recorder, send, sync };
}

const sentIds = (send: jest.Mock<Promise<SendOutcome>, [PendingItem]>) => send.mock.calls.map(([answer]) => answer.attemptId);

afterEach(async () => {
  for (const sync of syncs.splice(0)) sync.stop();
  jest.useRealTimers();
  await Promise.all(queues.splice(0).map((queue) => queue.close()));
});

describe('sending queued answers', () => {
  it('sends pending answers one at a time in queue order and removes each once sent', async () => {
    const answers = [aPendingAnswer(), aPendingAnswer(), aPendingAnswer()];
    let inFlight = 0;
    let mostInFlight = 0;
    const { queue, sync, send, recorder } = setUp();
    send.mockImplementation(async () => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await settle(2);
      inFlight -= 1;
      return sent;
    });
    for (const answer of answers) await queue.enqueue(answer);

    expect(await sync.flush(USER)).toEqual({ status: 'done', sent: 3, rejected: 0 });

    expect(sentIds(send)).toEqual(answers.map((answer) => answer.attemptId));
    expect(mostInFlight).toBe(1);
    expect(await queue.count(USER)).toBe(0);
    expect(recorder.ofType('sent').map((change) => change.pending)).toEqual([2, 1, 0]);
  });

  it('tells how each pass ended, with what it sent, whoever started it', async () => {
    const onPassEnd = jest.fn();
    const { queue, sync, send } = setUp({ onPassEnd });
    send.mockResolvedValueOnce(sent).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await queue.enqueue(aPendingAnswer());
    await queue.enqueue(aPendingAnswer());

    expect(await sync.flush(USER)).toEqual({ status: 'failed', sent: 1, rejected: 0 });
    expect(await sync.flush('advisor-hugo')).toEqual({ status: 'done', sent: 0, rejected: 0 });

    expect(onPassEnd.mock.calls).toEqual([
      [USER, { status: 'failed', sent: 1, rejected: 0 }],
      ['advisor-hugo', { status: 'done', sent: 0, rejected: 0 }],
    ]);
  });

  it('only sends the answers of the user being flushed', async () => {
    const { queue, sync, send } = setUp();
    const hugo = aPendingAnswer({ userId: 'advisor-hugo' });
    await queue.enqueue(hugo);
    await queue.enqueue(aPendingAnswer());

    await sync.flush(USER);

    expect(send).toHaveBeenCalledTimes(1);
    expect(await queue.pending('advisor-hugo')).toEqual([hugo]);
  });

  it('keeps the answer on the device before sending it', async () => {
    const { queue, sync, send, recorder } = setUp();
    let queuedWhenSent: PendingItem[] = [];
    send.mockImplementation(async () => {
      queuedWhenSent = await queue.pending(USER);
      return sent;
    });
    const answer = aPendingAnswer();

    expect(await sync.submit(answer)).toEqual({ status: 'done', sent: 1, rejected: 0 });
    expect(queuedWhenSent).toEqual([answer]);
    expect(recorder.ofType('queued')).toEqual([{ type: 'queued', userId: USER, item: answer, pending: 1 }]);
    expect(await queue.count(USER)).toBe(0);
  });

  it('sends nothing, and says so, when the answer could not be kept on the device', async () => {
    const { queue, send } = setUp();
    const full: AnswerQueue = { ...queue, enqueue: async () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) };
    const sync = createAnswerSync({ queue: full, send, isOnline: () => true, events: new EventTarget() });
    syncs.push(sync);

    await expect(sync.submit(aPendingAnswer())).rejects.toThrow('Quota exceeded');
    expect(send).not.toHaveBeenCalled();
  });

  it('removes a rejected answer, reports its code, and goes on with the next', async () => {
    const [retired, kept] = [aPendingAnswer(), aPendingAnswer()];
    const { queue, sync, send, recorder } = setUp();
    send.mockImplementation(async (answer) =>
      answer.attemptId === retired.attemptId ? { status: 'rejected', code: 'QUESTION_RETIRED' } : sent,
    );
    await queue.enqueue(retired);
    await queue.enqueue(kept);

    expect(await sync.flush(USER)).toEqual({ status: 'done', sent: 1, rejected: 1 });

    expect(await queue.count(USER)).toBe(0);
    expect(recorder.ofType('rejected')).toEqual([
      { type: 'rejected', userId: USER, item: retired, code: 'QUESTION_RETIRED', pending: 1 },
    ]);
    expect(recorder.ofType('sent')).toEqual([{ type: 'sent', userId: USER, item: kept, pending: 0 }]);
  });

  it('sends a lesson read kept on the device in its place among the answers', async () => {
    const { queue, sync, send } = setUp();
    const items = [aPendingAnswer(), aPendingLessonRead(), aPendingAnswer()];
    for (const item of items) await queue.enqueue(item);

    expect(await sync.flush(USER)).toEqual({ status: 'done', sent: 3, rejected: 0 });

    expect(send.mock.calls.map(([item]) => item)).toEqual(items);
    expect(await queue.count(USER)).toBe(0);
  });

  it('sends nothing while the browser knows it is offline', async () => {
    const { queue, sync, send } = setUp({ isOnline: () => false });
    await queue.enqueue(aPendingAnswer());

    expect(await sync.flush(USER)).toEqual({ status: 'offline', sent: 0, rejected: 0 });
    expect(send).not.toHaveBeenCalled();
    expect(await queue.count(USER)).toBe(1);
  });
});

describe('when the server refuses one item, without saying it is for good', () => {
  const forbidden: SendOutcome = { status: 'refused', code: 'FORBIDDEN' };

  it('keeps it on the device in its place and sends the items after it; a later pass tries it again', async () => {
    const [refused, read, answer] = [aPendingAnswer(), aPendingLessonRead(), aPendingAnswer()];
    const { queue, sync, send, recorder } = setUp();
    send.mockImplementation(async (item) => (item.attemptId === refused.attemptId ? forbidden : sent));
    for (const item of [refused, read, answer]) await queue.enqueue(item);

    expect(await sync.flush(USER)).toEqual({ status: 'done', sent: 2, rejected: 0 });

    expect(sentIds(send)).toEqual([refused.attemptId, read.attemptId, answer.attemptId]);
    expect(recorder.ofType('refused')).toEqual([{ type: 'refused', userId: USER, item: refused, code: 'FORBIDDEN', pending: 3 }]);
    expect(recorder.ofType('sent').map((change) => change.pending)).toEqual([2, 1]);
    expect(recorder.ofType('rejected')).toEqual([]);
    expect(await queue.pending(USER)).toEqual([refused]);

    // Refused again: still kept, never dropped; sent once the server takes it.
    expect(await sync.flush(USER)).toEqual({ status: 'done', sent: 0, rejected: 0 });
    expect(await queue.pending(USER)).toEqual([refused]);
    send.mockResolvedValue(sent);
    expect(await sync.flush(USER)).toEqual({ status: 'done', sent: 1, rejected: 0 });
    expect(sentIds(send)).toEqual([refused.attemptId, read.attemptId, answer.attemptId, refused.attemptId, refused.attemptId]);
    expect(await queue.count(USER)).toBe(0);
  });

  it('tries it again after 1 s, then 2 s while it is refused, and once more at once when an answer is given', async () => {
    jest.useFakeTimers();
    const refused = aPendingAnswer();
    const { queue, sync, send, recorder } = setUp();
    send.mockResolvedValue(forbidden);
    await queue.enqueue(refused);

    sync.start(USER);
    expect(await recorder.reached('retrying', 1)).toMatchObject({ retryInMs: 1_000, pending: 1 });
    jest.advanceTimersByTime(1_000);
    expect(await recorder.reached('retrying', 2)).toMatchObject({ retryInMs: 2_000, pending: 1 });
    expect(sentIds(send)).toEqual([refused.attemptId, refused.attemptId]);

    send.mockResolvedValue(sent);
    const given = aPendingAnswer();
    expect(await sync.submit(given)).toEqual({ status: 'done', sent: 2, rejected: 0 });
    expect(sentIds(send)).toEqual([refused.attemptId, refused.attemptId, refused.attemptId, given.attemptId]);
    expect(await queue.count(USER)).toBe(0);
  });
});

describe('when the server cannot be reached', () => {
  it('keeps the answer, stops the pass, and retries after 1 s, then 2 s', async () => {
    jest.useFakeTimers();
    const [first, second] = [aPendingAnswer(), aPendingAnswer()];
    const { queue, sync, send, recorder } = setUp();
    send.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await queue.enqueue(first);
    await queue.enqueue(second);

    sync.start(USER);
    expect(await recorder.reached('retrying', 1)).toMatchObject({ retryInMs: 1_000, pending: 2 });
    expect(sentIds(send)).toEqual([first.attemptId]);
    expect(await queue.pending(USER)).toEqual([first, second]);

    jest.advanceTimersByTime(999);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);

    jest.advanceTimersByTime(1);
    expect(await recorder.reached('retrying', 2)).toMatchObject({ retryInMs: 2_000 });
    expect(send).toHaveBeenCalledTimes(2);

    jest.advanceTimersByTime(1_999);
    await settle();
    expect(send).toHaveBeenCalledTimes(2);

    jest.advanceTimersByTime(1);
    await recorder.reached('sent', 2);
    expect(sentIds(send)).toEqual([first.attemptId, first.attemptId, first.attemptId, second.attemptId]);
    expect(await queue.count(USER)).toBe(0);

    // Once answers go through again, the next outage starts over at 1 s.
    send.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await sync.submit(aPendingAnswer());
    expect(await recorder.reached('retrying', 3)).toMatchObject({ retryInMs: 1_000, pending: 1 });
  });

  it('doubles the delay up to 60 s at most', async () => {
    jest.useFakeTimers();
    const { queue, sync, send, recorder } = setUp();
    send.mockRejectedValue(new TypeError('Failed to fetch'));
    await queue.enqueue(aPendingAnswer());

    sync.start(USER);
    for (let retries = 1; retries <= 8; retries += 1) {
      const { retryInMs } = (await recorder.reached('retrying', retries)) as Extract<AnswerSyncChange, { type: 'retrying' }>;
      jest.advanceTimersByTime(retryInMs);
    }
    await recorder.reached('retrying', 9);

    expect(recorder.ofType('retrying').map((change) => (change.type === 'retrying' ? change.retryInMs : 0))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
    expect(await queue.count(USER)).toBe(1);
  });

  it('retries at once on the online event, without waiting for the backoff', async () => {
    jest.useFakeTimers();
    let online = false;
    const answer = aPendingAnswer();
    const { queue, sync, send, events, recorder } = setUp({ isOnline: () => online });
    await queue.enqueue(answer);

    sync.start(USER);
    await settle();
    expect(send).not.toHaveBeenCalled();

    online = true;
    send.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    events.dispatchEvent(new Event('online'));
    expect(await recorder.reached('retrying', 1)).toMatchObject({ retryInMs: 1_000 });
    jest.advanceTimersByTime(1_000);
    expect(await recorder.reached('retrying', 2)).toMatchObject({ retryInMs: 2_000 });
    expect(send).toHaveBeenCalledTimes(2);

    events.dispatchEvent(new Event('online'));
    expect(await recorder.reached('sent', 1)).toMatchObject({ item: answer, pending: 0 });
    expect(send).toHaveBeenCalledTimes(3);

    // The 2 s retry was cancelled: an answer queued meanwhile (without a flush) is not sent when it would have fired.
    await queue.enqueue(aPendingAnswer());
    jest.advanceTimersByTime(2_000);
    await settle();
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('keeps a lesson read that could not be sent, and sends it once on the online event', async () => {
    jest.useFakeTimers();
    const read = aPendingLessonRead();
    const { queue, sync, send, events, recorder } = setUp();
    send.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    sync.start(USER);
    expect(await sync.submit(read)).toMatchObject({ status: 'failed' });
    expect(await recorder.reached('retrying', 1)).toMatchObject({ retryInMs: 1_000, pending: 1 });
    expect(await queue.pending(USER)).toEqual([read]);

    events.dispatchEvent(new Event('online'));
    expect(await recorder.reached('sent', 1)).toMatchObject({ item: read, pending: 0 });
    jest.advanceTimersByTime(1_000);
    await settle();
    expect(send.mock.calls.map(([item]) => item)).toEqual([read, read]);
  });

  it('does nothing more once stopped: no retry, no online listener', async () => {
    jest.useFakeTimers();
    const { queue, sync, send, events, recorder } = setUp();
    send.mockRejectedValue(new TypeError('Failed to fetch'));
    await queue.enqueue(aPendingAnswer());

    sync.start(USER);
    await recorder.reached('retrying', 1);
    sync.stop();

    jest.advanceTimersByTime(120_000);
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(await queue.count(USER)).toBe(1);
  });
});

describe('single flight', () => {
  it('sends each answer once when flushes are called concurrently', async () => {
    const answers = [aPendingAnswer(), aPendingAnswer(), aPendingAnswer()];
    const { queue, sync, send } = setUp();
    send.mockImplementation(async () => {
      await settle(3);
      return sent;
    });
    for (const answer of answers) await queue.enqueue(answer);

    const first = sync.flush(USER);
    const second = sync.flush(USER);
    await settle(5);
    const third = sync.flush(USER);
    await Promise.all([first, second, third]);

    expect(sentIds(send)).toEqual(answers.map((answer) => answer.attemptId));
  });

  it('sends an answer queued while a pass was reading the queue', async () => {
    const { queue: inner, send } = setUp();
    const reading = gate();
    let reads = 0;
    const queue: AnswerQueue = {
      ...inner,
      async pending(userId) {
        const answers = await inner.pending(userId);
        reads += 1;
        if (reads === 1) await reading.opened;
        return answers;
      },
    };
    const sync = createAnswerSync({ queue, send, isOnline: () => true, events: new EventTarget() });
    syncs.push(sync);
    const late = aPendingAnswer();

    const pass = sync.flush(USER);
    await settle();
    await inner.enqueue(late);
    const joined = sync.flush(USER);
    reading.open();

    expect(await joined).toEqual({ status: 'done', sent: 1, rejected: 0 });
    expect(await pass).toEqual({ status: 'done', sent: 1, rejected: 0 });
    expect(sentIds(send)).toEqual([late.attemptId]);
  });

  it('sends each answer once when restarted while a send is under way (React StrictMode)', async () => {
    const answers = [aPendingAnswer(), aPendingAnswer()];
    const { queue, sync, send, recorder } = setUp();
    const sending = gate();
    send.mockImplementationOnce(async () => {
      await sending.opened;
      return sent;
    });
    for (const answer of answers) await queue.enqueue(answer);

    sync.start(USER);
    await settle();
    sync.stop();
    sync.start(USER);
    sending.open();
    await recorder.reached('sent', 2);

    expect(sentIds(send)).toEqual(answers.map((answer) => answer.attemptId));
    expect(await queue.count(USER)).toBe(0);
  });
});

describe('a new pending answer', () => {
  it('is stamped with a fresh attemptId, the instant and the time zone of the device', () => {
    const now = new Date('2026-03-02T21:30:00.000Z');
    const input = { userId: USER, questionId: 'q', questionVersionId: 'qv', moduleVersionId: null, answer: { type: 'TRUE_FALSE', value: true }, timeTakenMs: 3_000 };

    const first = newPendingAnswer(input, now, 'Asia/Tokyo');
    const second = newPendingAnswer(input, now, 'Asia/Tokyo');

    expect(first).toEqual({ kind: 'answer', ...input, attemptId: expect.stringMatching(/^[0-9a-f-]{36}$/), answeredAt: now.toISOString(), queuedAt: now.toISOString(), timeZone: 'Asia/Tokyo' });
    expect(second.attemptId).not.toBe(first.attemptId);
  });
});

describe('a new pending lesson read', () => {
  it('is stamped with a fresh key, the instant it was read on the device and the device’s zone', () => {
    const now = new Date('2026-03-02T21:30:00.000Z');

    const read = newPendingLessonRead({ userId: USER, moduleVersionId: 'module-version-1' }, now, 'Asia/Tokyo');

    expect(read).toEqual({ kind: 'lessonRead', userId: USER, moduleVersionId: 'module-version-1', attemptId: expect.stringMatching(/^[0-9a-f-]{36}$/), readAt: now.toISOString(), timeZone: 'Asia/Tokyo', queuedAt: now.toISOString() });
    expect(newPendingLessonRead({ userId: USER, moduleVersionId: 'module-version-1' }, now).attemptId).not.toBe(read.attemptId);
  });
});
