import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PendingAnswer } from '../../offline/answer-queue';
import type { SendOutcome } from '../../offline/answer-sync';
import { useAnswerSync } from '../../offline/hooks/useAnswerSync';
import { rejectionCode, submitAnswerInput, type AnswerOutcome } from '../answer-transport';
import { learnAnswerQueue } from '../device-queue';
import { SubmitAnswerDocument } from '../graphql/learn.graphql';
import type { LearnSync } from './learn-sync';
import { useLearnLocale } from './useLearnLocale';

/** A request that never settles would hold the queue (answers go one at a time): give up and retry later. */
const SEND_TIMEOUT_MS = 12_000;

/**
 * Starts the answer sync for the signed-in advisor (it flushes at once, so answers kept from an earlier visit
 * leave as soon as the app opens online) and sends each answer through the SubmitAnswer mutation. The result of
 * an answer the player is waiting for is handed back to it; the others only leave the queue.
 */
export function useLearnSyncValue(userId: string): LearnSync {
  const client = useApolloClient();
  const locale = useLearnLocale();
  const localeRef = useRef(locale);
  useEffect(() => {
    localeRef.current = locale;
  }, [locale]);

  /** Attempts the player is waiting for, and what became of them. */
  const awaited = useRef(new Map<string, AnswerOutcome | null>());
  const [refusedLater, setRefusedLater] = useState(0);

  const send = useCallback(
    async (answer: PendingAnswer): Promise<SendOutcome> => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
      let outcome: AnswerOutcome;
      try {
        const { data } = await client.mutate({
          mutation: SubmitAnswerDocument,
          variables: { input: submitAnswerInput(answer), locale: localeRef.current },
          fetchPolicy: 'no-cache',
          context: { fetchOptions: { signal: controller.signal } },
        });
        if (!data) throw new Error('SubmitAnswer answered without data');
        outcome = { kind: 'scored', result: data.submitAnswer };
      } catch (error) {
        const code = rejectionCode(error);
        if (code === null) throw error;
        outcome = { kind: 'rejected', code };
      } finally {
        clearTimeout(timer);
      }
      if (awaited.current.has(answer.attemptId)) awaited.current.set(answer.attemptId, outcome);
      else if (outcome.kind === 'rejected') setRefusedLater((count) => count + 1);
      return outcome.kind === 'scored' ? { status: 'sent' } : { status: 'rejected', code: outcome.code };
    },
    [client],
  );

  const { online, pending, submit, flush } = useAnswerSync({ userId, send, queue: learnAnswerQueue });

  const submitAnswer = useCallback(
    async (answer: PendingAnswer): Promise<AnswerOutcome> => {
      awaited.current.set(answer.attemptId, null);
      try {
        try {
          await submit(answer);
        } catch (keepError) {
          // The device would not keep it (storage refused): send it straight away, or say it was not saved.
          try {
            await send(answer);
          } catch {
            throw keepError;
          }
        }
        return awaited.current.get(answer.attemptId) ?? { kind: 'saved' };
      } finally {
        awaited.current.delete(answer.attemptId);
      }
    },
    [submit, send],
  );

  const dismissRefusedLater = useCallback(() => setRefusedLater(0), []);

  return useMemo(
    () => ({ userId, online, pending, refusedLater, dismissRefusedLater, submitAnswer, flush }),
    [userId, online, pending, refusedLater, dismissRefusedLater, submitAnswer, flush],
  );
}
