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
 * The card after an answer at `at`. A late answer (older than the card's last review, e.g. synced from a device
 * that was offline) does not move the card back in time: it is ignored. (The schedule thus follows the order
 * answers arrive in; an attempt is recorded once, so a retried submission never reviews twice.)
 */
export function reviewAfterAnswer(card: ReviewCard | null, score: number, at: Date, desiredRetention = DEFAULT_DESIRED_RETENTION): ReviewCard {
  if (card?.lastReview && Date.parse(card.lastReview) > at.getTime()) return card;
  const current = card ? toCard(card) : createEmptyCard(at);
  return fromCard(scheduler(desiredRetention).next(current, at, reviewGrade(score)).card);
}

/** Probability the skill is still remembered at `at` (1 when never reviewed: nothing to forget yet). */
export function retrievability(card: ReviewCard, at: Date, desiredRetention = DEFAULT_DESIRED_RETENTION): number {
  if (!card.lastReview) return 1;
  return scheduler(desiredRetention).get_retrievability(toCard(card), at, false);
}

/** Skills due for review at `at`, most overdue (least likely remembered) first; ties by code. */
export function dueReviews(cards: ReadonlyMap<string, ReviewCard>, at: Date, desiredRetention = DEFAULT_DESIRED_RETENTION): string[] {
  return [...cards]
    .filter(([, card]) => Date.parse(card.due) <= at.getTime())
    .map(([skill, card]) => ({ skill, recall: retrievability(card, at, desiredRetention) }))
    .sort((a, b) => a.recall - b.recall || a.skill.localeCompare(b.skill))
    .map((entry) => entry.skill);
}
