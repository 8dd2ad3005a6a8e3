import { createContext, useContext } from 'react';
import type { PendingAnswer, PendingLessonRead } from '../../offline/answer-queue';
import type { FlushResult } from '../../offline/answer-sync';
import type { AnswerOutcome, LessonReadOutcome } from '../answer-transport';

/**
 * The learn space's one sync of answers and lesson reads, shared by its pages (one instance, so one pass at a time
 * per advisor).
 */
export interface LearnSync {
  userId: string;
  online: boolean;
  /** The advisor's answers and lesson reads still waiting on the device. */
  pending: number;
  /** Answers given earlier (offline) that the API then refused, not already told by the player. */
  refusedLater: number;
  dismissRefusedLater: () => void;
  /** Keeps the answer on the device, sends it if it can, and says what became of it. */
  submitAnswer: (answer: PendingAnswer) => Promise<AnswerOutcome>;
  /** Keeps the reading on the device, sends it if it can, and says what became of it. */
  submitLessonRead: (read: PendingLessonRead) => Promise<LessonReadOutcome>;
  flush: () => Promise<FlushResult>;
  /**
   * The questions whose answers still wait on the device, wherever they were given (any module, a challenge):
   * answered, though the server does not know it yet.
   */
  pendingQuestionIds: () => Promise<ReadonlySet<string>>;
}

export const LearnSyncContext = createContext<LearnSync | null>(null);

/** The advisor's sync, or null in the shell of a user who does not learn (no answers of theirs wait on the device). */
export function useLearnSyncIfAny(): LearnSync | null {
  return useContext(LearnSyncContext);
}

export function useLearnSync(): LearnSync {
  const sync = useContext(LearnSyncContext);
  if (!sync) throw new Error('useLearnSync is used outside an advisor’s shell (LearnSyncProvider)');
  return sync;
}
