import { localDate } from '../gamification/streaks';
import type { KnowledgeGap } from './gaps';
import { isMastered, masteryProbability, predictSuccess, priorSkill, skillAt, DEFAULT_MODEL_PARAMS, type ItemEstimate, type ModelParams, type SkillEstimate } from './learner-model';

/** An item a challenge may hold. */
export interface ChallengeCandidate {
  id: string;
  skills: readonly string[];
  estimate: ItemEstimate;
  /** It tells part of the maison's story (a HERITAGE skill). */
  heritage: boolean;
}

/** Why an item is in the challenge: shown to the advisor ("a gap", "time to review", "a step further", "our story"). */
export type ChallengeReason = 'GAP' | 'REVIEW' | 'STRETCH' | 'HERITAGE';

export interface ChallengeItem {
  itemId: string;
  reason: ChallengeReason;
  /** The skill the reason is about. */
  skill: string;
  predictedSuccess: number;
}

export interface ChallengeRules {
  size: number;
  /** Items aim at this predicted success: hard enough to teach, easy enough to keep going. */
  targetSuccess: number;
  /** At most this many review items. */
  maxReviews: number;
}

export const DEFAULT_CHALLENGE_RULES: ChallengeRules = { size: 5, targetSuccess: 0.75, maxReviews: 2 };

export interface ChallengeInput {
  candidates: readonly ChallengeCandidate[];
  estimates: ReadonlyMap<string, SkillEstimate>;
  /** Ranked, as `knowledgeGaps` gives them. */
  gaps: readonly KnowledgeGap[];
  /** Skills due for review, most overdue first (`dueReviews`). */
  dueSkills: readonly string[];
  /** Items answered lately, each with when it was last answered: asked again only when nothing else fits, oldest first. */
  recentlySeen: ReadonlyMap<string, Date>;
  at: Date;
}

/**
 * A challenge of a few items, each with its reason: due reviews of skills already mastered (a skill below mastery
 * is a gap, not a review); items on the gaps that are ready (prerequisites mastered), those closest to mastery
 * first, at about `targetSuccess` predicted success; one heritage story item, on a ready heritage gap when there is
 * one; and, when room is left, a STRETCH item on the skill not yet mastered that is closest to reach. An item about
 * a skill is one whose other skills are not gaps when there is such an item, so its answer speaks of that skill.
 * Items seen lately are avoided while others fit, and then the one seen longest ago comes first; the same input
 * always gives the same challenge.
 */
export function composeChallenge(input: ChallengeInput, rules: ChallengeRules = DEFAULT_CHALLENGE_RULES, params: ModelParams = DEFAULT_MODEL_PARAMS): ChallengeItem[] {
  const chosen: ChallengeItem[] = [];
  const taken = new Set<string>();
  // Beliefs and predictions do not change while a challenge is composed: each is worked out once.
  const beliefs = new Map<string, SkillEstimate>();
  const belief = (code: string): SkillEstimate => {
    let known = beliefs.get(code);
    if (!known) beliefs.set(code, (known = skillAt(input.estimates.get(code) ?? priorSkill(params), input.at, params)));
    return known;
  };
  const predictions = new Map<ChallengeCandidate, number>();
  const predicted = (candidate: ChallengeCandidate): number => {
    let p = predictions.get(candidate);
    if (p === undefined) predictions.set(candidate, (p = predictSuccess(candidate.skills.map(belief), candidate.estimate)));
    return p;
  };

  /**
   * The item that fits best: one not seen lately, closest to the target success; else the one answered longest ago
   * (in a program too small for others to fit, never the question just answered while an older one is left); ties
   * by id.
   */
  const pick = (fits: (candidate: ChallengeCandidate) => boolean): { candidate: ChallengeCandidate; p: number } | null => {
    let best: { candidate: ChallengeCandidate; p: number; seenAt: number; distance: number } | null = null;
    for (const candidate of input.candidates) {
      if (taken.has(candidate.id) || !fits(candidate)) continue;
      const p = predicted(candidate);
      const seenAt = input.recentlySeen.get(candidate.id)?.getTime() ?? -Infinity;
      const distance = Math.abs(p - rules.targetSuccess);
      const better =
        !best ||
        seenAt < best.seenAt ||
        (seenAt === best.seenAt && (distance < best.distance - 1e-12 || (Math.abs(distance - best.distance) <= 1e-12 && candidate.id < best.candidate.id)));
      if (better) best = { candidate, p, seenAt, distance };
    }
    return best;
  };
  /** Adds the best item that fits, about `skill` (by default the item's first skill). */
  const add = (reason: ChallengeReason, skill: string | null, fits: (candidate: ChallengeCandidate) => boolean): boolean => {
    if (chosen.length >= rules.size) return false;
    const found = pick(fits);
    if (!found) return false;
    taken.add(found.candidate.id);
    chosen.push({ itemId: found.candidate.id, reason, skill: skill ?? found.candidate.skills[0], predictedSuccess: found.p });
    return true;
  };
  const on = (skill: string) => (candidate: ChallengeCandidate) => candidate.skills.includes(skill);
  const gapSkills = new Set(input.gaps.map((gap) => gap.skill));
  /** An item on `skill` whose other skills are known, so its answer speaks of `skill` alone; any item on it otherwise. */
  const addOn = (reason: ChallengeReason, skill: string): boolean =>
    add(reason, skill, (candidate) => candidate.skills.includes(skill) && candidate.skills.every((code) => code === skill || !gapSkills.has(code))) || add(reason, skill, on(skill));

  const heritageSlot = input.candidates.some((candidate) => candidate.heritage) ? 1 : 0;
  let reviews = 0;
  for (const skill of input.dueSkills) {
    if (reviews >= rules.maxReviews || chosen.length >= rules.size - heritageSlot) break;
    // Review keeps what is known; a skill still below mastery is a gap, worked on as one (or not yet, if not ready).
    if (gapSkills.has(skill)) continue;
    if (addOn('REVIEW', skill)) reviews += 1;
  }
  // Ready gaps closest to mastery first: one that an answer or two may close is closed before the next is opened.
  const ready = input.gaps.filter((gap) => gap.ready).sort((a, b) => b.masteryProbability - a.masteryProbability || b.priority - a.priority || a.skill.localeCompare(b.skill));
  for (const gap of ready) {
    if (chosen.length >= rules.size - heritageSlot) break;
    addOn('GAP', gap.skill);
  }
  // The story item works on a heritage gap when one is ready.
  const readySkills = new Set(ready.map((gap) => gap.skill));
  if (heritageSlot && !add('HERITAGE', null, (candidate) => candidate.heritage && candidate.skills.some((code) => readySkills.has(code)))) add('HERITAGE', null, (candidate) => candidate.heritage);
  // Room left: the next skill within reach (gaps not yet ready, by mastery), then anything at the right level.
  const within = [...input.gaps].filter((gap) => !gap.ready).sort((a, b) => b.masteryProbability - a.masteryProbability || a.skill.localeCompare(b.skill));
  for (const gap of within) {
    if (chosen.length >= rules.size) break;
    addOn('STRETCH', gap.skill);
  }
  for (let more = true; more; ) more = add('STRETCH', null, () => true);
  return chosen;
}

/** Below this confidence, a skill the learner model holds mastered is confirmed among a challenge's reviews. */
export const CONFIRMED_AT = 0.97;

/**
 * The skills a challenge reviews, in order (`ChallengeInput.dueSkills`): first the skills of `skills` the learner model
 * holds mastered with less than `CONFIRMED_AT` confidence, least sure first, as asking them again is how the engine
 * finds what it wrongly holds as known; then the skills due for review (`dueReviews`), in their order.
 */
export function skillsToReview(skills: readonly string[], estimates: ReadonlyMap<string, SkillEstimate>, due: readonly string[], params: ModelParams = DEFAULT_MODEL_PARAMS): string[] {
  const unconfirmed = skills
    .map((code) => ({ code, estimate: estimates.get(code) }))
    .filter((skill): skill is { code: string; estimate: SkillEstimate } => !!skill.estimate && isMastered(skill.estimate, params) && masteryProbability(skill.estimate, params) < CONFIRMED_AT)
    .map(({ code, estimate }) => ({ code, p: masteryProbability(estimate, params) }))
    .sort((a, b) => a.p - b.p || a.code.localeCompare(b.code))
    .map(({ code }) => code);
  const first = new Set(unconfirmed);
  return [...unconfirmed, ...due.filter((code) => !first.has(code))];
}

const QUARTER_HOUR_MS = 15 * 60_000;
/** A local day lasts 23 to 25 hours (26 with a two-hour clock change): the next date begins within 28. */
const QUARTERS_AHEAD = 28 * 4;

/**
 * The instant `instant`'s local day ends in `timeZone` (the next local midnight, or the first instant of the next
 * date when midnight is skipped by a DST change). Zone offsets are whole quarter hours and local dates only move
 * forward, so a binary search over the quarter hours ahead finds it exactly, in seven date formats rather than up
 * to a hundred (a nightly batch works this out for every advisor).
 */
export function endOfLocalDay(instant: Date, timeZone: string): Date {
  const today = localDate(instant, timeZone);
  const start = Math.floor(instant.getTime() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  // `low` quarters after `start` is still today, `high` quarters after is a later date.
  let low = 0;
  let high = QUARTERS_AHEAD;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (localDate(new Date(start + middle * QUARTER_HOUR_MS), timeZone) === today) low = middle;
    else high = middle;
  }
  return new Date(start + high * QUARTER_HOUR_MS);
}
