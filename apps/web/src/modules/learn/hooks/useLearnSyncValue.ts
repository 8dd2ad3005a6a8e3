import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PendingAnswer, PendingItem, PendingLessonRead } from '../../offline/answer-queue';
import type { FlushResult, SendOutcome } from '../../offline/answer-sync';
import { useAnswerSync } from '../../offline/hooks/useAnswerSync';
import { refusalCode, rejectionCode, submitAnswerInput, type AnswerOutcome, type LessonReadOutcome } from '../answer-transport';
import { learnAnswerQueue } from '../device-queue';
import { CompleteLessonDocument, SubmitAnswerDocument } from '../graphql/learn.graphql';
import type { LearnSync } from './learn-sync';
import { useLearnLocale } from './useLearnLocale';

/** A request that never settles would hold the queue (items go one at a time): give up and retry later. */
const SEND_TIMEOUT_MS = 12_000;

/**
 * What answers and lesson reads move on the server: XP, streak, level, badges (gamification), enrolments, today's
 * challenge, the mastery behind the path, the gaps and the skills known, and the XP the boutique's quest and the
 * leaderboard add up.
 */
const PROGRESS_QUERIES: ReadonlySet<string> = new Set(['MyGamification', 'MyEnrolments', 'TodayChallenge', 'MyPath', 'MyGaps', 'MySkills', 'TeamQuest', 'Leaderboard']);

/** The API answered about this one item with an error not known to be final: kept for a later try, the next ones sent. */
type Refused = { kind: 'refused'; code: string };

/**
 * Runs one request with the time limit. A final refusal becomes its code (`rejected`), any other answer of the API
 * about this item too (`refused`); the rest throws (unreachable, or a session to renew: the queue waits).
 */
async function request<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T | { kind: 'rejected'; code: string } | Refused> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
  try {
    return await run(controller.signal);
  } catch (error) {
    const rejected = rejectionCode(error);
    if (rejected !== null) return { kind: 'rejected', code: rejected };
    const refused = refusalCode(error);
    if (refused !== null) return { kind: 'refused', code: refused };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the sync for the signed-in advisor (it flushes at once, so what was kept from an earlier visit leaves as
 * soon as the app opens online) and sends each answer through SubmitAnswer, each lesson read through
 * CompleteLesson (with the instant it was read). What the player is waiting for is handed back to it; after a pass
 * that sent anything, the progress on show is read again.
 */
export function useLearnSyncValue(userId: string): LearnSync {
  const client = useApolloClient();
  const locale = useLearnLocale();
  const localeRef = useRef(locale);
  useEffect(() => {
    localeRef.current = locale;
  }, [locale]);

  /** Answers and lesson reads the player is waiting for, and what became of them. */
  const awaitedAnswers = useRef(new Map<string, AnswerOutcome | null>());
  const awaitedReads = useRef(new Map<string, LessonReadOutcome | null>());
  const [refusedLater, setRefusedLater] = useState(0);

  const sendAnswer = useCallback(
    (answer: PendingAnswer): Promise<AnswerOutcome | Refused> =>
      request<AnswerOutcome>(async (signal) => {
        const { data } = await client.mutate({
          mutation: SubmitAnswerDocument,
          variables: { input: submitAnswerInput(answer), locale: localeRef.current },
          fetchPolicy: 'no-cache',
          context: { fetchOptions: { signal } },
        });
        if (!data) throw new Error('SubmitAnswer answered without data');
        return { kind: 'scored', result: data.submitAnswer };
      }),
    [client],
  );

  const sendLessonRead = useCallback(
    (read: PendingLessonRead): Promise<LessonReadOutcome | Refused> =>
      request<LessonReadOutcome>(async (signal) => {
        const { data } = await client.mutate({
          mutation: CompleteLessonDocument,
          variables: { moduleVersionId: read.moduleVersionId, readAt: read.readAt, sentAt: new Date().toISOString(), timeZone: read.timeZone ?? null },
          fetchPolicy: 'no-cache',
          context: { fetchOptions: { signal } },
        });
        if (!data) throw new Error('CompleteLesson answered without data');
        return { kind: 'recorded', progress: data.completeLesson };
      }),
    [client],
  );

  const send = useCallback(
    async (item: PendingItem): Promise<SendOutcome> => {
      let outcome: AnswerOutcome | LessonReadOutcome | Refused;
      if (item.kind === 'lessonRead') {
        outcome = await sendLessonRead(item);
        if (outcome.kind !== 'refused' && awaitedReads.current.has(item.attemptId)) awaitedReads.current.set(item.attemptId, outcome);
      } else {
        outcome = await sendAnswer(item);
        // A player waiting for a refused answer tells the advisor it is kept, though the device is online.
        if (awaitedAnswers.current.has(item.attemptId)) awaitedAnswers.current.set(item.attemptId, outcome.kind === 'refused' ? { kind: 'saved', refused: true } : outcome);
        else if (outcome.kind === 'rejected') setRefusedLater((count) => count + 1);
      }
      if (outcome.kind === 'refused') return { status: 'refused', code: outcome.code };
      return outcome.kind === 'rejected' ? { status: 'rejected', code: outcome.code } : { status: 'sent' };
    },
    [sendAnswer, sendLessonRead],
  );

  // Most items are sent with no screen waiting for them (at start, on reconnection, on a retry): once a pass has sent
  // any, the screens on show read their progress again. Only active queries: the others are read when they open.
  const onPassEnd = useCallback(
    (result: FlushResult) => {
      if (result.sent === 0) return;
      void client.refetchQueries({ include: 'active', onQueryUpdated: (query) => PROGRESS_QUERIES.has(query.queryName ?? '') });
    },
    [client],
  );

  const { online, pending, submit, flush } = useAnswerSync({ userId, send, queue: learnAnswerQueue, onPassEnd });

  /** Keeps the item on the device and sends it if it can: what the send made of it, or null when it waits. */
  const keepAndSend = useCallback(
    async <Outcome>(item: PendingItem, awaited: Map<string, Outcome | null>): Promise<Outcome | null> => {
      awaited.set(item.attemptId, null);
      try {
        try {
          await submit(item);
        } catch (keepError) {
          // The device would not keep it (storage refused): send it straight away, or say it was not saved.
          try {
            // Refused, it would be kept nowhere: not saved.
            if ((await send(item)).status === 'refused') throw keepError;
          } catch {
            throw keepError;
          }
        }
        return awaited.get(item.attemptId) ?? null;
      } finally {
        awaited.delete(item.attemptId);
      }
    },
    [submit, send],
  );

  const submitAnswer = useCallback(
    async (answer: PendingAnswer): Promise<AnswerOutcome> => (await keepAndSend(answer, awaitedAnswers.current)) ?? { kind: 'saved' },
    [keepAndSend],
  );
  const submitLessonRead = useCallback(
    async (read: PendingLessonRead): Promise<LessonReadOutcome> => (await keepAndSend(read, awaitedReads.current)) ?? { kind: 'saved' },
    [keepAndSend],
  );

  const dismissRefusedLater = useCallback(() => setRefusedLater(0), []);

  // Wherever the answer was given (a module, any version, or a challenge): the server counts a module's question
  // answered after any answer to it, a challenge's item after any answer since the challenge was prepared, and an
  // answer still on the device reaches it after both.
  const pendingQuestionIds = useCallback(
    async (): Promise<ReadonlySet<string>> => new Set((await learnAnswerQueue.pending(userId)).flatMap((item) => (item.kind === 'lessonRead' ? [] : [item.questionId]))),
    [userId],
  );

  return useMemo(
    () => ({ userId, online, pending, refusedLater, dismissRefusedLater, submitAnswer, submitLessonRead, flush, pendingQuestionIds }),
    [userId, online, pending, refusedLater, dismissRefusedLater, submitAnswer, submitLessonRead, flush, pendingQuestionIds],
  );
}
