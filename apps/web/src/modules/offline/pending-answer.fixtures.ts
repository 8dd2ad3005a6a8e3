import { createAnswerQueue, type AnswerQueue, type PendingAnswer, type PendingLessonRead } from './answer-queue';

let sequence = 0;

/** A pending answer with distinct ids; `queuedAt` advances one second per answer unless given. */
export function aPendingAnswer(overrides: Partial<PendingAnswer> = {}): PendingAnswer {
  sequence += 1;
  const instant = new Date(Date.UTC(2026, 2, 2, 9, 0, sequence)).toISOString();
  return {
    attemptId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    userId: 'advisor-lea',
    questionId: `question-${sequence}`,
    questionVersionId: `question-version-${sequence}`,
    moduleVersionId: 'module-version-1',
    answer: { type: 'SINGLE_CHOICE', optionId: 'a' },
    timeTakenMs: 4_200,
    answeredAt: instant,
    timeZone: 'Europe/Paris',
    queuedAt: instant,
    ...overrides,
  };
}

/** A pending lesson read with a distinct key; `queuedAt` advances one second per item, like the answers'. */
export function aPendingLessonRead(overrides: Partial<PendingLessonRead> = {}): PendingLessonRead {
  sequence += 1;
  const instant = new Date(Date.UTC(2026, 2, 2, 9, 0, sequence)).toISOString();
  return {
    kind: 'lessonRead',
    attemptId: `00000000-0000-4000-9000-${String(sequence).padStart(12, '0')}`,
    userId: 'advisor-lea',
    moduleVersionId: 'module-version-1',
    readAt: instant,
    queuedAt: instant,
    ...overrides,
  };
}

let databases = 0;

/** A queue in a database of its own (with `fake-indexeddb/auto` imported by the spec). */
export function aTestQueue(): AnswerQueue & { databaseName: string } {
  databases += 1;
  const databaseName = `savoir-offline-test-${databases}`;
  return Object.assign(createAnswerQueue({ databaseName }), { databaseName });
}
