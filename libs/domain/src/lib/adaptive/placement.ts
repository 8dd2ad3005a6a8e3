import { itemInformation, masteryProbability, priorSkill, skillAt, DEFAULT_MODEL_PARAMS, type ItemEstimate, type ModelParams, type SkillEstimate } from './learner-model';

/** An item placement may ask. */
export interface PlacementItem {
  id: string;
  skills: readonly string[];
  estimate: ItemEstimate;
}

export interface PlacementRules {
  /** Never more than this many items: placement is a few minutes at the start of onboarding. */
  maxItems: number;
  /** Below this mastery probability a skill is taken as not known (no more asking about it). */
  notKnownBelow: number;
}

/** How much a skill that looks known draws the next items, against spreading them (0: not at all). */
const FOCUS = 0.1;

export const DEFAULT_PLACEMENT_RULES: PlacementRules = { maxItems: 12, notKnownBelow: 0.1 };

export type PlacementStep = { done: false; itemId: string } | { done: true; reason: 'PRECISE' | 'MAX_ITEMS' | 'NO_ITEMS' };

/** A skill is decided when the estimate says mastered, or says not known, with the confidence the rules ask. */
export function isDecided(estimate: SkillEstimate, rules: PlacementRules = DEFAULT_PLACEMENT_RULES, params: ModelParams = DEFAULT_MODEL_PARAMS): boolean {
  const p = masteryProbability(estimate, params);
  return p >= params.masteredProbability || p < rules.notKnownBelow;
}

/**
 * Computerised adaptive testing: the next placement item, or why to stop. Among items not yet asked that measure an
 * undecided skill of `skills`, it picks the one with the most Fisher information about the ability, weighed by how
 * uncertain that ability still is (ties by id, so the same state always asks the same item). It stops when every
 * skill is decided (PRECISE), after `maxItems` (MAX_ITEMS), or when nothing left to ask measures an undecided skill.
 */
export function nextPlacementItem(
  skills: readonly string[],
  estimates: ReadonlyMap<string, SkillEstimate>,
  items: readonly PlacementItem[],
  asked: ReadonlySet<string>,
  at: Date,
  rules: PlacementRules = DEFAULT_PLACEMENT_RULES,
  params: ModelParams = DEFAULT_MODEL_PARAMS,
): PlacementStep {
  if (asked.size >= rules.maxItems) return { done: true, reason: 'MAX_ITEMS' };
  const current = (code: string) => skillAt(estimates.get(code) ?? priorSkill(params), at, params);
  const undecided = new Set(skills.filter((code) => !isDecided(current(code), rules, params)));
  if (!undecided.size) return { done: true, reason: 'PRECISE' };
  let best: { id: string; value: number } | null = null;
  for (const item of items) {
    if (asked.has(item.id) || !item.skills.some((code) => undecided.has(code))) continue;
    const beliefs = item.skills.map(current);
    const uncertainty = beliefs.reduce((sum, belief) => sum + belief.variance, 0) / beliefs.length;
    // Follow the skills that look known: a few more right answers there decide them, and mastered skills are
    // what placement is for (their modules are skipped); a wrong answer decides "not known" at once anyway.
    const open = beliefs.filter((_, i) => undecided.has(item.skills[i]));
    const promise = open.reduce((sum, belief) => sum + masteryProbability(belief, params), 0) / open.length;
    const value = itemInformation(beliefs, item.estimate) * uncertainty * (FOCUS + promise);
    if (!best || value > best.value + 1e-12 || (Math.abs(value - best.value) <= 1e-12 && item.id < best.id)) best = { id: item.id, value };
  }
  return best ? { done: false, itemId: best.id } : { done: true, reason: 'NO_ITEMS' };
}

/** The skills placement showed as known: their modules are skipped on the path. */
export function placedAsMastered(skills: readonly string[], estimates: ReadonlyMap<string, SkillEstimate>, params: ModelParams = DEFAULT_MODEL_PARAMS): string[] {
  return skills.filter((code) => {
    const estimate = estimates.get(code);
    return estimate !== undefined && masteryProbability(estimate, params) >= params.masteredProbability;
  });
}
