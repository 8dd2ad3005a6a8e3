import type { AnswerQueue, PendingAnswer, PendingItem, PendingLessonRead } from './answer-queue';

/**
 * What the server made of one item. `sent`: recorded, or already recorded (the server is idempotent: by
 * `attemptId` for an answer, by keeping the first reading for a lesson read). `rejected`: refused with a domain
 * error code (e.g. `QUESTION_RETIRED`); sending it again would be refused again. `refused`: the server answered
 * about this item with an error not known to be final (`FORBIDDEN`, `INTERNAL_SERVER_ERROR`…): the item is kept
 * and tried again on a later pass, and the items after it are sent meanwhile. A network or server outage, or a
 * session to renew, is not an outcome: `send` throws, the item is kept and the pass stops there.
 */
export type SendOutcome = { status: 'sent' } | { status: 'rejected'; code: string } | { status: 'refused'; code: string };

/** `pending` is the user's number of items (answers and lesson reads) still on the device after the change. */
export type AnswerSyncChange =
  | { type: 'queued'; userId: string; item: PendingItem; pending: number }
  | { type: 'sent'; userId: string; item: PendingItem; pending: number }
  | { type: 'rejected'; userId: string; item: PendingItem; code: string; pending: number }
  | { type: 'refused'; userId: string; item: PendingItem; code: string; pending: number }
  | { type: 'retrying'; userId: string; retryInMs: number; error: unknown; pending: number };

/**
 * How a pass ended. `done`: nothing left but the items the server refused in this pass (a retry is scheduled for
 * them while started). `offline`: the browser knows it has no connection (the `online` event resumes). `failed`: a
 * send threw (a retry is scheduled while started). `stopped`: `stop()` was called meanwhile.
 */
export interface FlushResult {
  status: 'done' | 'offline' | 'failed' | 'stopped';
  sent: number;
  rejected: number;
}

export interface AnswerSyncTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AnswerSyncOptions {
  queue: AnswerQueue;
  /**
   * Sends one item under the session of `item.userId`, and should time out on its own (a request that never
   * settles holds the queue, since one item is sent at a time).
   */
  send(item: PendingItem): Promise<SendOutcome>;
  /** `navigator.onLine` by default: `false` is reliable (no connection at all), `true` only means "maybe". */
  isOnline?: () => boolean;
  onChange?: (change: AnswerSyncChange) => void;
  /** Hears how each pass ended, with what it sent: what those items changed on the server can be read again. */
  onPassEnd?: (userId: string, result: FlushResult) => void;
  /** Where the `online` event is listened for; `window` by default. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  timers?: AnswerSyncTimers;
  /** First retry delay, doubled after each failure up to `maxRetryMs`. */
  initialRetryMs?: number;
  maxRetryMs?: number;
}

export interface AnswerSync {
  /** Keeps the item on the device first (nothing is lost if the tab closes), then flushes its user's queue. */
  submit(item: PendingItem): Promise<FlushResult>;
  /**
   * Sends the user's pending items one at a time, oldest first (one the server refuses is passed over until the next
   * pass); concurrent calls share one pass.
   */
  flush(userId: string): Promise<FlushResult>;
  /** Follows one user: flushes now, on the `online` event and after failures with backoff (1 s doubling to 60 s). */
  start(userId: string): void;
  /** Detaches the listener and timers; a pass in progress finishes the send under way and stops there. */
  stop(): void;
}

interface Pass {
  promise: Promise<FlushResult>;
  generation: number;
  /** A flush was requested while this pass ran: read the queue once more before ending. */
  again: boolean;
}

const browserTimers: AnswerSyncTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Sends answers given and lessons read offline once the connection returns. Framework-free: the queue, the
 * transport, the connectivity probe, the event target and the timers are injected.
 *
 * One pass per user at a time, so the same record is never in flight twice from this tab. Another tab may send it
 * concurrently; the server's idempotency (by `attemptId`, or the first reading kept) makes that harmless.
 */
export function createAnswerSync({
  queue,
  send,
  isOnline = () => typeof navigator === 'undefined' || navigator.onLine,
  onChange,
  onPassEnd,
  events = typeof window === 'undefined' ? undefined : window,
  timers = browserTimers,
  initialRetryMs = 1_000,
  maxRetryMs = 60_000,
}: AnswerSyncOptions): AnswerSync {
  const passes = new Map<string, Pass>();
  let followed: string | null = null;
  /** Bumped by `stop()`: a pass of an older generation sends nothing more. */
  let generation = 0;
  let failures = 0;
  let retryTimer: unknown = null;

  function safely(listen: () => void): void {
    try {
      listen();
    } catch (error) {
      // A listener's bug must not stop items from being sent: surface it outside the pass.
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  function notify(change: AnswerSyncChange): void {
    safely(() => onChange?.(change));
  }

  function cancelRetry(): void {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  }

  function scheduleRetry(userId: string, error: unknown, pending: number): void {
    const retryInMs = Math.min(initialRetryMs * 2 ** failures, maxRetryMs);
    failures += 1;
    cancelRetry();
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      void flush(userId);
    }, retryInMs);
    notify({ type: 'retrying', userId, retryInMs, error, pending });
  }

  async function runPass(userId: string, pass: Pass): Promise<FlushResult> {
    let result: FlushResult;
    try {
      result = await sendAll(userId, pass);
    } finally {
      release(userId, pass);
    }
    safely(() => onPassEnd?.(userId, result));
    return result;
  }

  /**
   * Called as a pass decides to end, before anyone hears of it: a flush requested from then on (the `online`
   * event, a retry, a listener) starts a new pass instead of joining one that will not read the queue again.
   */
  function release(userId: string, pass: Pass): void {
    if (passes.get(userId) === pass) passes.delete(userId);
  }

  async function sendAll(userId: string, pass: Pass): Promise<FlushResult> {
    const result: FlushResult = { status: 'done', sent: 0, rejected: 0 };
    /**
     * The items the server refused in this pass, passed over so that one bad item does not hold the others. They
     * stay on the device, in their place, and are tried again by every later pass for as long as they are refused:
     * nothing the advisor did is dropped unless the server says it never will be taken (`rejected`).
     */
    const refused = new Set<string>();
    let lastRefusal: SendOutcome | null = null;
    for (;;) {
      pass.again = false;
      if (pass.generation !== generation) return { ...result, status: 'stopped' };
      if (!isOnline()) return { ...result, status: 'offline' };
      const waiting = await queue.pending(userId);
      const next = waiting.find((item) => !refused.has(item.attemptId));
      if (pass.generation !== generation) return { ...result, status: 'stopped' };
      if (!next) {
        if (pass.again) continue;
        if (refused.size > 0) {
          // A refusal may be passing (a server error): try them again later, backing off as for an outage.
          release(userId, pass);
          if (followed === userId && pass.generation === generation) scheduleRetry(userId, lastRefusal, waiting.length);
        }
        return result;
      }

      let outcome: SendOutcome;
      try {
        outcome = await send(next);
      } catch (error) {
        // Unreachable server: keep the item and stop this pass; the retry or the `online` event resumes.
        const pending = await queue.count(userId);
        release(userId, pass);
        if (followed === userId && pass.generation === generation) scheduleRetry(userId, error, pending);
        return { ...result, status: 'failed' };
      }

      if (outcome.status === 'refused') {
        refused.add(next.attemptId);
        lastRefusal = outcome;
        notify({ type: 'refused', userId, item: next, code: outcome.code, pending: await queue.count(userId) });
        continue;
      }

      failures = 0;
      await queue.remove(next.attemptId);
      const pending = await queue.count(userId);
      if (outcome.status === 'sent') {
        result.sent += 1;
        notify({ type: 'sent', userId, item: next, pending });
      } else {
        result.rejected += 1;
        notify({ type: 'rejected', userId, item: next, code: outcome.code, pending });
      }
    }
  }

  function flush(userId: string): Promise<FlushResult> {
    const running = passes.get(userId);
    if (running) {
      if (running.generation === generation) {
        running.again = true;
        return running.promise;
      }
      // A pass from before `stop()` is winding down: start afresh once it has.
      return running.promise.then(
        () => flush(userId),
        () => flush(userId),
      );
    }
    const pass: Pass = { promise: Promise.resolve({ status: 'done', sent: 0, rejected: 0 }), generation, again: false };
    passes.set(userId, pass);
    pass.promise = runPass(userId, pass);
    return pass.promise;
  }

  function stop(): void {
    events?.removeEventListener('online', onOnline);
    cancelRetry();
    followed = null;
    generation += 1;
  }

  function onOnline(): void {
    if (followed === null) return;
    cancelRetry();
    failures = 0;
    void flush(followed);
  }

  return {
    async submit(item) {
      await queue.enqueue(item);
      notify({ type: 'queued', userId: item.userId, item, pending: await queue.count(item.userId) });
      return flush(item.userId);
    },

    flush,

    start(userId) {
      if (followed !== null) stop();
      followed = userId;
      failures = 0;
      events?.addEventListener('online', onOnline);
      void flush(userId);
    },

    stop,
  };
}

/** A new pending answer stamped on this device: its idempotency key, the instant and the advisor's time zone. */
export function newPendingAnswer(
  input: Omit<PendingAnswer, 'kind' | 'attemptId' | 'answeredAt' | 'timeZone' | 'queuedAt'>,
  now: Date = new Date(),
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): PendingAnswer {
  const instant = now.toISOString();
  return { kind: 'answer', ...input, attemptId: crypto.randomUUID(), answeredAt: instant, timeZone, queuedAt: instant };
}

/** A new pending lesson read stamped on this device: its queue key, the instant it was read and the device's zone. */
export function newPendingLessonRead(
  input: Pick<PendingLessonRead, 'userId' | 'moduleVersionId'>,
  now: Date = new Date(),
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): PendingLessonRead {
  const instant = now.toISOString();
  return { kind: 'lessonRead', ...input, attemptId: crypto.randomUUID(), readAt: instant, timeZone, queuedAt: instant };
}
