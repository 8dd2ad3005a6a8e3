import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MAX_TIME_TAKEN_MS } from '@savoir/domain';
import type { CompleteLessonMutation, SubmitAnswerInput, SubmitAnswerMutation } from '../../generated/graphql';
import type { PendingAnswer } from '../offline/answer-queue';

export type AnswerResult = SubmitAnswerMutation['submitAnswer'];
export type LessonProgress = CompleteLessonMutation['completeLesson'];

/**
 * Codes with which the API refuses an answer or a lesson read for good: sending it again would be refused again,
 * so the sync drops it. Anything else (no connection, a 5xx, a timeout) keeps it on the device for another try.
 */
export const REJECTION_CODES: ReadonlySet<string> = new Set(['ANSWER_INVALID', 'VERSION_NOT_PUBLISHED', 'NOT_FOUND', 'ATTEMPT_CONFLICT', 'VALIDATION_FAILED']);

/** What became of one answer, as the player tells the advisor. */
export type AnswerOutcome =
  /** Recorded: right or not, with the explanation. */
  | { kind: 'scored'; result: AnswerResult }
  /**
   * Kept on this device: it will be sent when the connection returns, or (`refused`) the API answered about it with
   * an error not known to be final, and it is sent again shortly.
   */
  | { kind: 'saved'; refused?: boolean }
  /** Refused by the API (e.g. the module changed meanwhile). */
  | { kind: 'rejected'; code: string };

/** What became of a lesson read, as the player hears it: recorded (with the module's progress), kept, or refused. */
export type LessonReadOutcome = { kind: 'recorded'; progress: LessonProgress } | { kind: 'saved' } | { kind: 'rejected'; code: string };

/**
 * The mutation's input: the pending answer without what only the device needs (who, when queued), and the instant
 * it is sent on this device's clock, by which the server reads `answeredAt` on its own clock: an answer from a phone
 * whose clock is set wrong is neither refused nor misdated.
 */
export function submitAnswerInput(answer: PendingAnswer, sentAt: Date = new Date()): SubmitAnswerInput {
  return {
    attemptId: answer.attemptId,
    questionId: answer.questionId,
    questionVersionId: answer.questionVersionId,
    moduleVersionId: answer.moduleVersionId,
    answer: answer.answer,
    timeTakenMs: Math.min(MAX_TIME_TAKEN_MS, Math.max(0, Math.round(answer.timeTakenMs))),
    answeredAt: answer.answeredAt,
    timeZone: answer.timeZone,
    sentAt: sentAt.toISOString(),
  };
}

/** The code of a final refusal, or null for what is worth retrying (network errors, server errors, other codes). */
export function rejectionCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const item of error.errors) {
    const code = item.extensions?.['code'];
    if (typeof code === 'string' && REJECTION_CODES.has(code)) return code;
  }
  return null;
}

/**
 * Codes (or the API's categories of codes) that hold every item alike, whichever is sent: the session must be
 * renewed, or the API asks to wait. The queue keeps its order and stops until the next try.
 */
const HOLDS_EVERY_ITEM: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'RATE_LIMITED']);

/**
 * The code with which the API answered about this one item without saying it is final (a code not in
 * REJECTION_CODES: `FORBIDDEN`, `INTERNAL_SERVER_ERROR`…; `UNKNOWN` when it gave none): the sync keeps the item for
 * a later try and sends the next ones meanwhile. Null when the API was not reached or answered nothing about the
 * item (no GraphQL errors: the network, a timeout, a 5xx), or when the error holds every item (HOLDS_EVERY_ITEM).
 */
export function refusalCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors.map((item) => item.extensions ?? {});
  if (extensions.some((found) => HOLDS_EVERY_ITEM.has(String(found['code'])) || HOLDS_EVERY_ITEM.has(String(found['category'])))) return null;
  const code = extensions.map((found) => found['code']).find((found) => typeof found === 'string');
  return typeof code === 'string' ? code : 'UNKNOWN';
}
