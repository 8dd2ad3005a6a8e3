import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { answerQueue, type AnswerQueue, type PendingItem } from '../answer-queue';
import { createAnswerSync, type FlushResult, type SendOutcome } from '../answer-sync';

export interface UseAnswerSyncOptions {
  /** The signed-in advisor; `null` follows no one (signed out). */
  userId: string | null;
  /** Sends one item under this advisor's session (SubmitAnswer for an answer, CompleteLesson for a lesson read). */
  send: (item: PendingItem) => Promise<SendOutcome>;
  queue?: AnswerQueue;
  /** After each pass for this advisor, with what it sent (now, on reconnection, on a retry or at start). */
  onPassEnd?: (result: FlushResult) => void;
}

export interface AnswerRejection {
  item: PendingItem;
  code: string;
}

export interface AnswerSyncState {
  online: boolean;
  /** The advisor's answers and lesson reads still on the device. */
  pending: number;
  /** The last item the server refused, for the interface to say so. */
  lastRejection: AnswerRejection | null;
  submit: (item: PendingItem) => Promise<FlushResult>;
  flush: () => Promise<FlushResult>;
}

function subscribeToConnectivity(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** The browser's view of the connection: `false` is certain, `true` only means "maybe". */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeToConnectivity,
    () => navigator.onLine,
    () => true,
  );
}

const nothingToFlush: FlushResult = { status: 'done', sent: 0, rejected: 0 };

/**
 * Queues the signed-in advisor's answers and lesson reads on the device and sends them once, now or when the
 * connection returns.
 * One instance per screen that submits answers; the queue itself is shared by every tab.
 */
export function useAnswerSync({ userId, send, queue = answerQueue, onPassEnd }: UseAnswerSyncOptions): AnswerSyncState {
  const online = useOnline();
  const [pending, setPending] = useState(0);
  const [lastRejection, setLastRejection] = useState<AnswerRejection | null>(null);

  // The transport may change identity on every render (a new mutate function); the sync keeps the latest.
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);
  const userRef = useRef(userId);
  useEffect(() => {
    userRef.current = userId;
  }, [userId]);
  const onPassEndRef = useRef(onPassEnd);
  useEffect(() => {
    onPassEndRef.current = onPassEnd;
  }, [onPassEnd]);

  const sync = useMemo(
    () =>
      createAnswerSync({
        queue,
        send: (item) => sendRef.current(item),
        onChange: (change) => {
          if (change.userId !== userRef.current) return;
          setPending(change.pending);
          if (change.type === 'rejected') setLastRejection({ item: change.item, code: change.code });
        },
        onPassEnd: (userId, result) => {
          if (userId === userRef.current) onPassEndRef.current?.(result);
        },
      }),
    [queue],
  );

  useEffect(() => {
    setPending(0);
    setLastRejection(null);
    if (userId === null) return undefined;
    let current = true;
    void queue.count(userId).then((count) => {
      if (current) setPending(count);
    });
    sync.start(userId);
    return () => {
      current = false;
      sync.stop();
    };
  }, [sync, queue, userId]);

  const submit = useCallback((item: PendingItem) => sync.submit(item), [sync]);
  const flush = useCallback(() => (userId === null ? Promise.resolve(nothingToFlush) : sync.flush(userId)), [sync, userId]);

  return { online, pending, lastRejection, submit, flush };
}
