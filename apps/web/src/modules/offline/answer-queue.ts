import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** One answer given on this device and not yet acknowledged by the server. */
export interface PendingAnswer {
  /** Absent on answers queued before lesson reads shared the queue. */
  kind?: 'answer';
  /** Client-generated uuid (`crypto.randomUUID()`): the server's idempotency key for this answer. */
  attemptId: string;
  userId: string;
  questionId: string;
  questionVersionId: string;
  moduleVersionId: string | null;
  /** The answer JSON, e.g. `{ type: 'SINGLE_CHOICE', optionId: 'a' }`. */
  answer: Record<string, unknown>;
  timeTakenMs: number;
  /** ISO instant on the device. */
  answeredAt: string;
  /** IANA zone of the device when answering (streaks and "today" are the advisor's own day). */
  timeZone: string;
  queuedAt: string;
}

/** A lesson read to its end on this device and not yet recorded by the server (which keeps the first reading). */
export interface PendingLessonRead {
  kind: 'lessonRead';
  /** Client-generated uuid: the queue's key for every kind of item (the store's key path). */
  attemptId: string;
  userId: string;
  moduleVersionId: string;
  /** ISO instant on the device. */
  readAt: string;
  /** IANA zone of the device when read (its streak day); absent on readings queued before zones were kept. */
  timeZone?: string;
  queuedAt: string;
}

/**
 * What waits on the device to be sent: answers, and lesson reads. One queue for both, so they leave in the order
 * they were made, with one retry schedule, and the banner and the advisor switch count both.
 */
export type PendingItem = PendingAnswer | PendingLessonRead;

/** The pending items of every user of this device, partitioned by `userId` (a boutique tablet is shared). */
export interface AnswerQueue {
  /** Keeps the item; enqueuing an `attemptId` already queued keeps the first record (as the server would). */
  enqueue(item: PendingItem): Promise<void>;
  /** The user's pending items, oldest `queuedAt` first (enqueue order between equal instants). */
  pending(userId: string): Promise<PendingItem[]>;
  remove(attemptId: string): Promise<void>;
  count(userId: string): Promise<number>;
  /** Forgets everything of one user (shared tablet). */
  clearUser(userId: string): Promise<void>;
  clearAll(): Promise<void>;
  /** Closes the connection; the next call opens it again. */
  close(): Promise<void>;
}

export interface AnswerQueueOptions {
  /** The IndexedDB database name; tests give each queue its own. */
  databaseName?: string;
}

// Named when it held answers only; lesson reads share it, since renaming a store takes a database upgrade.
const STORE = 'pendingAnswers';

/** What is stored: the item plus a sequence number that orders items queued within the same millisecond. */
type StoredItem = PendingItem & { seq: number };

interface OfflineDatabase extends DBSchema {
  [STORE]: {
    key: string;
    value: StoredItem;
    indexes: { byUser: string; byUserOrder: [string, string, number]; bySeq: number };
  };
}

function toPendingItem({ seq: _seq, ...item }: StoredItem): PendingItem {
  return item;
}

/**
 * An IndexedDB-backed queue. The database is opened on first use (importing this module touches nothing), and
 * closed when another tab needs to upgrade it, so a newer version of the app is never blocked by an older tab.
 */
export function createAnswerQueue({ databaseName = 'savoir-offline' }: AnswerQueueOptions = {}): AnswerQueue {
  let database: Promise<IDBPDatabase<OfflineDatabase>> | null = null;

  function open(): Promise<IDBPDatabase<OfflineDatabase>> {
    database ??= openDB<OfflineDatabase>(databaseName, 1, {
      upgrade(db) {
        const store = db.createObjectStore(STORE, { keyPath: 'attemptId' });
        store.createIndex('byUser', 'userId');
        store.createIndex('byUserOrder', ['userId', 'queuedAt', 'seq']);
        store.createIndex('bySeq', 'seq');
      },
      blocking() {
        void close();
      },
      terminated() {
        database = null;
      },
    }).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  }

  async function close(): Promise<void> {
    const opened = database;
    database = null;
    if (opened) (await opened).close();
  }

  return {
    async enqueue(item) {
      const db = await open();
      // One readwrite transaction: reading the last sequence number and writing are atomic, across tabs too.
      const tx = db.transaction(STORE, 'readwrite');
      if ((await tx.store.getKey(item.attemptId)) === undefined) {
        const last = await tx.store.index('bySeq').openCursor(null, 'prev');
        await tx.store.add({ ...item, seq: (last?.value.seq ?? 0) + 1 });
      }
      await tx.done;
    },

    async pending(userId) {
      const db = await open();
      const range = IDBKeyRange.bound([userId], [userId, []]);
      const records = await db.getAllFromIndex(STORE, 'byUserOrder', range);
      return records.map(toPendingItem);
    },

    async remove(attemptId) {
      const db = await open();
      await db.delete(STORE, attemptId);
    },

    async count(userId) {
      const db = await open();
      return db.countFromIndex(STORE, 'byUser', userId);
    },

    async clearUser(userId) {
      const db = await open();
      const tx = db.transaction(STORE, 'readwrite');
      for (const key of await tx.store.index('byUser').getAllKeys(userId)) await tx.store.delete(key);
      await tx.done;
    },

    async clearAll() {
      const db = await open();
      await db.clear(STORE);
    },

    close,
  };
}

/** The queue of this device, shared by the sync, the banner and the advisor switch. */
export const answerQueue = createAnswerQueue();
