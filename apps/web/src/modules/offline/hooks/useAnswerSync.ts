import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { answerQueue, type AnswerQueue, type PendingAnswer } from '../answer-queue';
import { createAnswerSync, type FlushResult, type SendOutcome } from '../answer-sync';

export interface UseAnswerSyncOptions {
  /** The signed-in advisor; `null` follows no one (signed out). */
  userId: string | null;
  /** Sends one answer under this advisor's session (the SubmitAnswer mutation). */
  send: (answer: PendingAnswer) => Promise<SendOutcome>;
  queue?: AnswerQueue;
}

export interface AnswerRejection {
  answer: PendingAnswer;
  code: string;
}

export interface AnswerSyncState {
  online: boolean;
  /** The advisor's answers still on the device. */
  pending: number;
  /** The last answer the server refused, for the interface to say so. */
  lastRejection: AnswerRejection | null;
  submit: (answer: PendingAnswer) => Promise<FlushResult>;
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
 * Queues the signed-in advisor's answers on the device and sends them once, now or when the connection returns.
 * One instance per screen that submits answers; the queue itself is shared by every tab.
 */
export function useAnswerSync({ userId, send, queue = answerQueue }: UseAnswerSyncOptions): AnswerSyncState {
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

  const sync = useMemo(
    () =>
      createAnswerSync({
        queue,
        send: (answer) => sendRef.current(answer),
        onChange: (change) => {
          if (change.userId !== userRef.current) return;
          setPending(change.pending);
          if (change.type === 'rejected') setLastRejection({ answer: change.answer, code: change.code });
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

  const submit = useCallback((answer: PendingAnswer) => sync.submit(answer), [sync]);
  const flush = useCallback(() => (userId === null ? Promise.resolve(nothingToFlush) : sync.flush(userId)), [sync, userId]);

  return { online, pending, lastRejection, submit, flush };
}
