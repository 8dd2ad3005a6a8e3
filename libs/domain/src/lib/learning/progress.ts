import type { ModuleKind } from '../curriculum/program-package';
import { localDate, localDaysBetween } from '../gamification/streaks';

/**
 * An advisor's progress through the modules of a program, and through the program to its certification.
 *
 * Everything is derived from facts (the attempts made, when the lesson was read), never stored as counters, so the
 * same facts always give the same progress: a worker can rebuild it from history, and the order the rows come in
 * does not matter. Completing is not passing: a module is complete once every question has been answered, right or
 * wrong; passing is the certification threshold's business, measured on the certification quiz alone.
 */

/** One attempt of the advisor on one question of the module. */
export interface ModuleAttemptFact {
  questionId: string;
  /** Credit earned, 0..1 (see `scoreAnswer`). */
  score: number;
  /** Full credit. */
  correct: boolean;
  answeredAt: Date;
}

export interface ModuleFacts {
  kind: ModuleKind;
  /** The question ids of the module version the advisor works through (pinned at publish). */
  questionIds: readonly string[];
  /** When the advisor read the lesson to its end (lesson blocks); null if not yet. */
  lessonReadAt: Date | null;
  /** Every attempt of this advisor on this module version's questions, any order, retries included. */
  attempts: readonly ModuleAttemptFact[];
}

export type ModuleProgressStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

/** The best-score mean of a module from an instant on. */
export interface BestScoreRise {
  at: Date;
  bestScore: number;
}

export interface ModuleProgress {
  status: ModuleProgressStatus;
  /** Questions answered at least once, out of `total`. */
  answered: number;
  /** The module's questions (a question id listed twice counts once). */
  total: number;
  /**
   * Mean of each question's FIRST attempt score (first by answeredAt; ties by order given), over all questions of
   * the module (unanswered count 0); null when the module has no questions. Retries never change it: it is the
   * measure of what the advisor knew, for item statistics and perfect challenges.
   */
  score: number | null;
  /**
   * Mean of each question's BEST score over all questions of the module (unanswered count 0); null when the module
   * has no questions. Retries lift it: it is the measure of what the advisor has come to know, used to certify.
   */
  bestScore: number | null;
  /**
   * Each instant at which `bestScore` rose, in time order, with its value from then on (attempts at the same
   * instant count together). Lets `programProgress` find when a certification threshold was first reached.
   */
  bestScoreRises: readonly BestScoreRise[];
  /** Questions answered correctly (full credit) on their first attempt: the "N of M right" an advisor is shown. */
  correctFirstTime: number;
  /** Every question answered correctly on its first attempt (only meaningful for challenges and quizzes with questions); false if no questions. */
  perfect: boolean;
  /** The instant it became complete: the answeredAt of the attempt (or lessonReadAt) that completed it; null if not complete. */
  completedAt: Date | null;
}

interface TimedAttempt {
  questionId: string;
  score: number;
  correct: boolean;
  at: number;
}

function timeOf(date: Date, what: string): number {
  const time = date instanceof Date ? date.getTime() : NaN;
  if (!Number.isFinite(time)) throw new RangeError(`${what} is not a valid date`);
  return time;
}

/** The best-score mean, always summed in question order so the same bests give the very same number. */
function meanOf(questionIds: readonly string[], scores: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const id of questionIds) sum += scores.get(id) ?? 0;
  return sum / questionIds.length;
}

/**
 * Replays attempts (already in time order) and returns each instant at which the mean of the questions' best
 * scores rose. Attempts at the same instant are taken together, so the rises do not depend on the order of rows.
 * Best scores only ever rise, so the mean never falls: once a threshold is reached it stays reached.
 */
function replayBestScore(questionIds: readonly string[], ordered: readonly TimedAttempt[]): BestScoreRise[] {
  const best = new Map<string, number>();
  const rises: BestScoreRise[] = [];
  let mean = 0;
  for (let i = 0; i < ordered.length; ) {
    const at = ordered[i].at;
    for (; i < ordered.length && ordered[i].at === at; i++) {
      const { questionId, score } = ordered[i];
      best.set(questionId, Math.max(best.get(questionId) ?? 0, score));
    }
    const next = meanOf(questionIds, best);
    if (next > mean) rises.push({ at: new Date(at), bestScore: next });
    mean = next;
  }
  return rises;
}

/**
 * An advisor's progress through one module. Completion, by kind:
 * - LESSON: complete when the lesson was read to its end AND every embedded question (if any) has been answered at
 *   least once. completedAt: the later of `lessonReadAt` and the instant the last missing question got its first
 *   answer.
 * - QUIZ, HERITAGE_CHALLENGE, PRODUCT_CHALLENGE: complete when every question has been answered at least once, right
 *   or wrong (completing is not passing); `lessonReadAt` plays no part. completedAt: the instant the last question
 *   got its first answer. Such a module without questions is complete when `lessonReadAt` is set, at that instant.
 * - ROLEPLAY: never complete from these facts (role-play runs are scored elsewhere, which supplies the module's
 *   progress to `programProgress`): NOT_STARTED, or IN_PROGRESS once anything is done.
 * IN_PROGRESS: something done (an attempt, or the lesson read) but not complete. Attempts on question ids outside
 * `questionIds` are ignored (another version's questions). Attempts are taken in time order whatever order they are
 * given in; simultaneous attempts on the same question keep the order given (the first of them is the first attempt).
 * Adding an attempt never undoes a completion. Throws a RangeError for an invalid date or a score outside 0..1.
 */
export function moduleProgress(facts: ModuleFacts): ModuleProgress {
  const questionIds = [...new Set(facts.questionIds)];
  const known = new Set(questionIds);
  const readAt = facts.lessonReadAt === null ? null : timeOf(facts.lessonReadAt, 'lessonReadAt');
  const ordered: TimedAttempt[] = facts.attempts
    .filter((attempt) => known.has(attempt.questionId))
    .map((attempt) => {
      if (!(attempt.score >= 0 && attempt.score <= 1)) throw new RangeError(`score must be between 0 and 1, got ${attempt.score}`);
      return { questionId: attempt.questionId, score: attempt.score, correct: attempt.correct, at: timeOf(attempt.answeredAt, 'answeredAt') };
    })
    // Array.prototype.sort is stable: simultaneous attempts keep the order given.
    .sort((a, b) => a.at - b.at);

  const first = new Map<string, TimedAttempt>();
  const best = new Map<string, number>();
  for (const attempt of ordered) {
    if (!first.has(attempt.questionId)) first.set(attempt.questionId, attempt);
    best.set(attempt.questionId, Math.max(best.get(attempt.questionId) ?? 0, attempt.score));
  }

  const total = questionIds.length;
  const answered = first.size;
  const hasQuestions = total > 0;
  const firstScores = new Map([...first].map(([id, attempt]) => [id, attempt.score]));
  // The instant the last question got its first answer; null while one is unanswered (-Infinity with no questions).
  const allAnsweredAt = answered < total ? null : [...first.values()].reduce((latest, attempt) => Math.max(latest, attempt.at), -Infinity);

  let completedAt: number | null = null;
  switch (facts.kind) {
    case 'LESSON':
      if (readAt !== null && allAnsweredAt !== null) completedAt = Math.max(readAt, allAnsweredAt);
      break;
    case 'QUIZ':
    case 'HERITAGE_CHALLENGE':
    case 'PRODUCT_CHALLENGE':
      completedAt = hasQuestions ? allAnsweredAt : readAt;
      break;
    case 'ROLEPLAY':
      completedAt = null;
      break;
  }

  const started = ordered.length > 0 || readAt !== null;
  return {
    status: completedAt !== null ? 'COMPLETED' : started ? 'IN_PROGRESS' : 'NOT_STARTED',
    answered,
    total,
    score: hasQuestions ? meanOf(questionIds, firstScores) : null,
    bestScore: hasQuestions ? meanOf(questionIds, best) : null,
    bestScoreRises: hasQuestions ? replayBestScore(questionIds, ordered) : [],
    correctFirstTime: questionIds.filter((id) => first.get(id)?.correct === true).length,
    perfect: hasQuestions && questionIds.every((id) => first.get(id)?.correct === true),
    completedAt: completedAt === null ? null : new Date(completedAt),
  };
}

/** One module of a program, in program order, with the advisor's progress through it. */
export interface ProgramModuleFacts {
  moduleId: string;
  kind: ModuleKind;
  progress: ModuleProgress;
}

export interface ProgramProgress {
  completedModules: number;
  totalModules: number;
  /** The first module, in program order, that is not complete; null when all are. */
  nextModuleId: string | null;
  /** The certification module: the LAST module of the program whose kind is QUIZ; null if none. */
  certificationModuleId: string | null;
  /** The certification quiz's best score (`bestScore`, see `moduleProgress`) once that module is COMPLETED; else null. */
  certificationScore: number | null;
  /** Certified when the certification module is complete and its score >= threshold, and every other module is complete too. */
  certified: boolean;
  /**
   * The instant of certification, when certified: the later of the instant the certification quiz's best score
   * first reached the threshold and the latest completedAt among all modules; else null.
   */
  certifiedAt: Date | null;
  /** All modules complete (whether or not certified). A program without modules is not completed. */
  completed: boolean;
}

/** A hair of slack so a mean that equals the threshold is not lost to floating point (0.1 + 0.2 vs 0.3). */
const SCORE_EPSILON = 1e-9;
const reaches = (score: number, threshold: number) => score >= threshold - SCORE_EPSILON;

/**
 * An advisor's progress through a program (`modules` in program order) and its certification.
 *
 * The certification module is the program's last QUIZ. Its score is the mean of each question's BEST score, not the
 * first-attempt score: an advisor below the threshold may revisit the questions they missed and certify then. The
 * first-attempt score stays in `moduleProgress().score`, for item statistics and perfect challenges. Certified: the
 * certification module is complete, its best score reaches `certificationThreshold` (exactly equal certifies), and
 * every other module is complete. A program below the threshold is completed but not certified; a program without a
 * QUIZ, or whose certification quiz has no questions, can be completed but never certified.
 *
 * certifiedAt: the later of the instant the best score first reached the threshold (from `bestScoreRises`; a
 * progress built without rises counts from the module's completedAt) and the latest completedAt among all modules:
 * certification waits for the last module. A ROLEPLAY module counts as complete only when its progress, supplied by
 * the role-play scoring, says so. Throws a RangeError for a threshold outside (0, 1].
 */
export function programProgress(modules: readonly ProgramModuleFacts[], certificationThreshold: number): ProgramProgress {
  if (!(certificationThreshold > 0 && certificationThreshold <= 1)) throw new RangeError(`certificationThreshold must be above 0 and at most 1, got ${certificationThreshold}`);
  const isComplete = (module: ProgramModuleFacts) => module.progress.status === 'COMPLETED';
  const completedModules = modules.filter(isComplete).length;
  const completed = modules.length > 0 && completedModules === modules.length;
  const certification = [...modules].reverse().find((module) => module.kind === 'QUIZ') ?? null;
  const certificationScore = certification && isComplete(certification) ? certification.progress.bestScore : null;
  const certified = completed && certificationScore !== null && reaches(certificationScore, certificationThreshold);

  let certifiedAt: Date | null = null;
  if (certified && certification) {
    const reachedAt = certification.progress.bestScoreRises.find((rise) => reaches(rise.bestScore, certificationThreshold))?.at ?? certification.progress.completedAt;
    const instants = [reachedAt, ...modules.map((module) => module.progress.completedAt)].filter((at): at is Date => at !== null).map((at) => at.getTime());
    if (instants.length > 0) certifiedAt = new Date(Math.max(...instants));
  }

  return {
    completedModules,
    totalModules: modules.length,
    nextModuleId: modules.find((module) => !isComplete(module))?.moduleId ?? null,
    certificationModuleId: certification?.moduleId ?? null,
    certificationScore,
    certified,
    certifiedAt,
    completed,
  };
}

/** A real calendar date written YYYY-MM-DD (not 2026-02-30); throws a RangeError otherwise. */
function checkDate(date: string, what: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const valid = match !== null && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === date;
  if (!valid) throw new RangeError(`${what} is not a date written YYYY-MM-DD: ${date}`);
}

/**
 * Whole local days from the advisor's start date (YYYY-MM-DD, their first day) to the certification instant, in
 * their time zone; day 0 = certified on the first day. Calendar days, not 24-hour spans: a 23- or 25-hour day
 * (daylight saving) counts as one. A certification dated before the start date (an advisor who certified before their
 * official start) gives 0: they were onboarded by their first day. Throws a RangeError for a malformed start date,
 * an invalid instant or an unknown zone.
 */
export function onboardingDays(startDate: string, certifiedAt: Date, timeZone: string): number {
  checkDate(startDate, 'startDate');
  return Math.max(0, localDaysBetween(startDate, localDate(certifiedAt, timeZone)));
}
