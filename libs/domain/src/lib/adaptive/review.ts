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
 * The skills an answer reviews without asking them: every prerequisite, direct or not, of the question's skills
 * (implicit repetition). Answering right on a calibre's chronograph recalls chronograph mechanics, so a prerequisite
 * kept in use by what is built on it is not asked again for its own sake, and the reviews go to what is not in use.
 * The question's own skills are left out: they are reviewed as asked.
 */
export function implicitlyReviewed(skills: readonly string[], prerequisites: ReadonlyMap<string, readonly string[]>): string[] {
  const reviewed = new Set<string>();
  const pending = skills.flatMap((code) => prerequisites.get(code) ?? []);
  for (let code = pending.pop(); code !== undefined; code = pending.pop()) {
    if (reviewed.has(code) || skills.includes(code)) continue;
    reviewed.add(code);
    pending.push(...(prerequisites.get(code) ?? []));
  }
  return [...reviewed].sort();
}

/**
 * The review cards an answer moves: each skill of the question (a new card for one never reviewed) and, when the
 * answer is right, each of their prerequisites that already has a card, reviewed as recalled (`implicitlyReviewed`).
 * A wrong or partly right answer does not say which part was forgotten, so it reviews the question's skills alone.
 */
export function cardsAfterAnswer(
  cards: ReadonlyMap<string, ReviewCard>,
  answer: { skills: readonly string[]; score: number; at: Date },
  prerequisites: ReadonlyMap<string, readonly string[]>,
  desiredRetention = DEFAULT_DESIRED_RETENTION,
  scale = 1,
): Map<string, ReviewCard> {
  const next = new Map(answer.skills.map((code) => [code, reviewAfterAnswer(cards.get(code) ?? null, answer.score, answer.at, desiredRetention, scale)]));
  if (reviewGrade(answer.score) !== Rating.Good) return next;
  for (const code of implicitlyReviewed(answer.skills, prerequisites)) {
    const card = cards.get(code);
    if (card) next.set(code, reviewAfterAnswer(card, answer.score, answer.at, desiredRetention, scale));
  }
  return next;
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
 * Chosen with `npm run bench:adaptive` (the pace aimed at memory, prerequisites reviewed by right answers): a step of
 * 1.25 brings the share of reviews found remembered in the month after onboarding to 0.915 and 0.916 for a desired
 * 0.90 (seeds 42 and 7, 1,000 advisors, about 11 reviews each); 1 to 0.916 and 0.920, 0.75 to 0.927, 0.5 to 0.944,
 * 1.5 and more pushed gap precision under 0.90. The month's reviews are of cards scheduled during onboarding, so the
 * pace has to be found within it. Bounds: never more than four times as often as FSRS, nor sixteen times as seldom.
 */
export const DEFAULT_PACE_RULES: PaceRules = Object.freeze({ step: 1.25, minScale: 0.25, maxScale: 16 });

/**
 * An answer tests the advisor's pace when it falls on a skill that was due for review and that they held as
 * mastered: below mastery the skill is a gap being learnt, not a memory being kept, and before its due date an
 * answer says nothing about the schedule.
 */
export function isPacedReview(card: ReviewCard | null, heldAsMastered: boolean, at: Date): boolean {
  return card !== null && heldAsMastered && Date.parse(card.due) <= at.getTime();
}

/**
 * How often a skill still remembered is answered wrong at a review (a slip): the judgement's make-ups slip 5 to 12 %.
 */
export const REVIEW_SLIP = 0.08;

/**
 * The share of reviews answered right (not graded Again) when the advisor remembers a share `remembered` of the
 * skills reviewed: a remembered skill is now and then answered wrong (`REVIEW_SLIP`), a forgotten one now and then
 * right by a lucky guess (the question's `guess`).
 */
export function answeredRightAt(remembered: number, guess: number): number {
  return remembered * (1 - REVIEW_SLIP) + (1 - remembered) * guess;
}

/**
 * The pace after such a review: a weighted up-down staircase (Kaernbach, 1991) aimed at memory, not at answers. With
 * t = `answeredRightAt(r, guess)` for the maison's desired retention r, a review answered right stretches every later
 * interval by a factor e^(step × (1 − t)), one answered wrong shortens them by e^(step × t); the scale stops moving
 * on average exactly when the advisor answers a share t of their reviews right, that is when they still remember a
 * share r of what they are asked to review, whatever their memory is like. (Aimed at answers, the slips alone would
 * hold reviews early: a remembered skill is not answered right every time.)
 */
export function paceAfterReview(pace: ReviewPace, answer: { score: number; guess: number }, desiredRetention = DEFAULT_DESIRED_RETENTION, rules: PaceRules = DEFAULT_PACE_RULES): ReviewPace {
  const right = reviewGrade(answer.score) === Rating.Again ? 0 : 1;
  const scale = Math.min(rules.maxScale, Math.max(rules.minScale, pace.scale * Math.exp(rules.step * (right - answeredRightAt(desiredRetention, answer.guess)))));
  return { scale, reviews: pace.reviews + 1 };
}
