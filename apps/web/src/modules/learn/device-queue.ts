import { answerQueue, type AnswerQueue, type PendingItem } from '../offline/answer-queue';

/**
 * The same contract as the IndexedDB queue, kept in memory: answers and lesson reads made while offline survive
 * until the tab closes. Only for browsers that refuse IndexedDB (some private modes), where nothing better exists.
 */
export function createMemoryAnswerQueue(): AnswerQueue {
  const records = new Map<string, { item: PendingItem; seq: number }>();
  let seq = 0;
  const ofUser = (userId: string) =>
    [...records.values()]
      .filter((record) => record.item.userId === userId)
      .sort((a, b) => (a.item.queuedAt === b.item.queuedAt ? a.seq - b.seq : a.item.queuedAt < b.item.queuedAt ? -1 : 1));
  return {
    async enqueue(item) {
      if (!records.has(item.attemptId)) records.set(item.attemptId, { item: { ...item }, seq: ++seq });
    },
    async pending(userId) {
      return ofUser(userId).map((record) => ({ ...record.item }));
    },
    async remove(attemptId) {
      records.delete(attemptId);
    },
    async count(userId) {
      return ofUser(userId).length;
    },
    async clearUser(userId) {
      for (const record of ofUser(userId)) records.delete(record.item.attemptId);
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
    enqueue: async (item) => (await resolve()).enqueue(item),
    pending: async (userId) => (await resolve()).pending(userId),
    remove: async (attemptId) => (await resolve()).remove(attemptId),
    count: async (userId) => (await resolve()).count(userId),
    clearUser: async (userId) => (await resolve()).clearUser(userId),
    clearAll: async () => (await resolve()).clearAll(),
    close: async () => (await resolve()).close(),
  };
}

/** This device's queue for the learn space (answers and lesson reads): the sync, the banner and the advisor switch all read it. */
export const learnAnswerQueue = createDeviceAnswerQueue();
