import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type FSRS, type Grade } from 'ts-fsrs';

/**
 * Spaced review with FSRS (ts-fsrs), per advisor × skill: each answer on a skill is a review of it, graded by the
 * credit earned; the card says when the skill is due again so that it is still remembered with the maison's
 * desired retention (default 0.90). Days, not minutes: an advisor reviews between clients, not within a session,
 * so FSRS's short-term learning steps are off. Cards are stored as JSON (dates in ISO 8601).
 */
export interface ReviewCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: string | null;
}

export const DEFAULT_DESIRED_RETENTION = 0.9;
/** The desired retentions a maison may choose: higher brings reviews sooner (more of them). */
export const DESIRED_RETENTION_RANGE = { min: 0.75, max: 0.97 } as const;

const schedulers = new Map<number, FSRS>();
function scheduler(desiredRetention: number): FSRS {
  if (!(desiredRetention > 0.7 && desiredRetention < 1)) throw new RangeError(`desired retention must be between 0.7 and 1, got ${desiredRetention}`);
  let found = schedulers.get(desiredRetention);
  if (!found) {
    found = fsrs(generatorParameters({ request_retention: desiredRetention, enable_short_term: false, enable_fuzz: false }));
    schedulers.set(desiredRetention, found);
  }
  return found;
}

const toCard = (card: ReviewCard): Card => ({
  due: new Date(card.due),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsed_days: card.elapsedDays,
  scheduled_days: card.scheduledDays,
  learning_steps: card.learningSteps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  last_review: card.lastReview ? new Date(card.lastReview) : undefined,
});

const fromCard = (card: Card): ReviewCard => ({
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  lastReview: card.last_review ? card.last_review.toISOString() : null,
});

/** The FSRS grade of an answer: wrong is Again, partly right is Hard, right is Good. */
export function reviewGrade(score: number): Grade {
  if (score < 0.5) return Rating.Again;
  if (score < 1) return Rating.Hard;
  return Rating.Good;
}

/**
 * The card after an answer at `at`, its interval stretched by the advisor's pace (`ReviewPace.scale`). A late
 * answer (older than the card's last review, e.g. synced from a device that was offline) does not move the card
 * back in time: it is ignored. (The schedule thus follows the order answers arrive in; an attempt is recorded once,
 * so a retried submission never reviews twice.)
 */
export function reviewAfterAnswer(card: ReviewCard | null, score: number, at: Date, desiredRetention = DEFAULT_DESIRED_RETENTION, scale = 1): ReviewCard {
  if (card?.lastReview && Date.parse(card.lastReview) > at.getTime()) return card;
  const current = card ? toCard(card) : createEmptyCard(at);
  const next = fromCard(scheduler(desiredRetention).next(current, at, reviewGrade(score)).card);
  return scale === 1 ? next : { ...next, due: new Date(at.getTime() + scale * (Date.parse(next.due) - at.getTime())).toISOString() };
}

/**
 * Probability the skill is still remembered at `at` (1 when never reviewed: nothing to forget yet), for an advisor
 * whose memory keeps FSRS's curve `scale` times longer.
 */
export function retrievability(card: ReviewCard, at: Date, desiredRetention = DEFAULT_DESIRED_RETENTION, scale = 1): number {
  if (!card.lastReview) return 1;
  const last = Date.parse(card.lastReview);
  return scheduler(desiredRetention).get_retrievability(toCard(card), new Date(last + (at.getTime() - last) / scale), false);
}

/** Skills due for review at `at`, most overdue (least likely remembered) first; ties by code. */
export function dueReviews(cards: ReadonlyMap<string, ReviewCard>, at: Date, desiredRetention = DEFAULT_DESIRED_RETENTION, scale = 1): string[] {
  return [...cards]
    .filter(([, card]) => Date.parse(card.due) <= at.getTime())
    .map(([skill, card]) => ({ skill, recall: retrievability(card, at, desiredRetention, scale) }))
    .sort((a, b) => a.recall - b.recall || a.skill.localeCompare(b.skill))
    .map((entry) => entry.skill);
}

/**
 * How an advisor's reviews are paced: every interval FSRS schedules, times `scale`. FSRS's default parameters
 * describe flashcard learners at large; an advisor who recalls nearly every review would be asked too early, one who
 * often forgets too late. The scale is calibrated on the advisor's own reviews (`paceAfterReview`).
 */
export interface ReviewPace {
  scale: number;
  /** Reviews it was calibrated on. */
  reviews: number;
}

export const INITIAL_REVIEW_PACE: ReviewPace = Object.freeze({ scale: 1, reviews: 0 });

export interface PaceRules {
  /** How far one review moves the scale (in log terms). */
  step: number;
  minScale: number;
  maxScale: number;
}

/**
 * Chosen with `npm run bench:adaptive` (1,000 simulated advisors): a step of 0.5 halves the reviews in the month
 * after onboarding (91 to 45 each) while they still recall 0.97 of them, with items to mastery unchanged and false
 * mastery 4.2 % (3.9 % without a pace); 0.2 is too slow to matter within a month (about 68 reviews). Bounds: never more
 * than four times as often as FSRS, nor sixteen times as seldom.
 */
export const DEFAULT_PACE_RULES: PaceRules = Object.freeze({ step: 0.5, minScale: 0.25, maxScale: 16 });

/**
 * An answer tests the advisor's pace when it falls on a skill that was due for review and that they held as
 * mastered: below mastery the skill is a gap being learnt, not a memory being kept, and before its due date an
 * answer says nothing about the schedule.
 */
export function isPacedReview(card: ReviewCard | null, heldAsMastered: boolean, at: Date): boolean {
  return card !== null && heldAsMastered && Date.parse(card.due) <= at.getTime();
}

/**
 * The pace after such a review: a weighted up-down staircase (Kaernbach, 1991). A review recalled (not graded
 * Again) stretches every later interval by a factor e^(step × (1 − r)), a review missed shortens them by
 * e^(step × r), where r is the maison's desired retention; the scale stops moving on average exactly when the
 * advisor recalls a share r of their reviews, whatever their memory is like.
 */
export function paceAfterReview(pace: ReviewPace, score: number, desiredRetention = DEFAULT_DESIRED_RETENTION, rules: PaceRules = DEFAULT_PACE_RULES): ReviewPace {
  const recalled = reviewGrade(score) === Rating.Again ? 0 : 1;
  const scale = Math.min(rules.maxScale, Math.max(rules.minScale, pace.scale * Math.exp(rules.step * (recalled - desiredRetention))));
  return { scale, reviews: pace.reviews + 1 };
}
