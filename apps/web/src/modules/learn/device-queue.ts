import { answerQueue, type AnswerQueue, type PendingAnswer } from '../offline/answer-queue';

/**
 * The same contract as the IndexedDB queue, kept in memory: answers given while offline survive until the tab
 * closes. Only for browsers that refuse IndexedDB (some private modes), where nothing better exists.
 */
export function createMemoryAnswerQueue(): AnswerQueue {
  const records = new Map<string, { answer: PendingAnswer; seq: number }>();
  let seq = 0;
  const ofUser = (userId: string) =>
    [...records.values()]
      .filter((record) => record.answer.userId === userId)
      .sort((a, b) => (a.answer.queuedAt === b.answer.queuedAt ? a.seq - b.seq : a.answer.queuedAt < b.answer.queuedAt ? -1 : 1));
  return {
    async enqueue(answer) {
      if (!records.has(answer.attemptId)) records.set(answer.attemptId, { answer: { ...answer }, seq: ++seq });
    },
    async pending(userId) {
      return ofUser(userId).map((record) => ({ ...record.answer }));
    },
    async remove(attemptId) {
      records.delete(attemptId);
    },
    async count(userId) {
      return ofUser(userId).length;
    },
    async clearUser(userId) {
      for (const record of ofUser(userId)) records.delete(record.answer.attemptId);
    },
    async clearAll() {
      records.clear();
    },
    async close() {
      return undefined;
    },
  };
}

/**
 * The queue the learn space uses: the device's IndexedDB queue (`modules/offline`), or, when it cannot be opened
 * at all, an in-memory one, so that answering never breaks. Decided once, on first use.
 */
export function createDeviceAnswerQueue(primary: AnswerQueue = answerQueue, fallback: () => AnswerQueue = createMemoryAnswerQueue): AnswerQueue {
  let chosen: Promise<AnswerQueue> | null = null;
  const resolve = (): Promise<AnswerQueue> => {
    chosen ??= (async () => {
      try {
        if (typeof indexedDB === 'undefined') return fallback();
        await primary.count('');
        return primary;
      } catch {
        return fallback();
      }
    })();
    return chosen;
  };
  return {
    enqueue: async (answer) => (await resolve()).enqueue(answer),
    pending: async (userId) => (await resolve()).pending(userId),
    remove: async (attemptId) => (await resolve()).remove(attemptId),
    count: async (userId) => (await resolve()).count(userId),
    clearUser: async (userId) => (await resolve()).clearUser(userId),
    clearAll: async () => (await resolve()).clearAll(),
    close: async () => (await resolve()).close(),
  };
}

/** This device's queue for the learn space: the answer sync, the banner and the advisor switch all read it. */
export const learnAnswerQueue = createDeviceAnswerQueue();
