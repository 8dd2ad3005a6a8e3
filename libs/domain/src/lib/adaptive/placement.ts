import { isMastered, itemInformation, masteryProbability, priorSkill, skillAt, DEFAULT_MODEL_PARAMS, type ItemEstimate, type ModelParams, type SkillEstimate } from './learner-model';

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
  /**
   * At or above this mastery probability a skill is taken as known (no more asking about it). Above the model's
   * mastery line: a skill placement leaves is one the path may skip, so it asks until it is sure.
   */
  knownAbove: number;
}

export const DEFAULT_PLACEMENT_RULES: PlacementRules = { maxItems: 12, notKnownBelow: 0.1, knownAbove: 0.95 };

export type PlacementStep = { done: false; itemId: string } | { done: true; reason: 'PRECISE' | 'MAX_ITEMS' | 'NO_ITEMS' };

/** A skill is decided when the estimate says known, or says not known, with the confidence the rules ask. */
export function isDecided(estimate: SkillEstimate, rules: PlacementRules = DEFAULT_PLACEMENT_RULES, params: ModelParams = DEFAULT_MODEL_PARAMS): boolean {
  const p = masteryProbability(estimate, params);
  return p >= rules.knownAbove || p < rules.notKnownBelow;
}

/**
 * Computerised adaptive testing: the next placement item, or why to stop. Among items not yet asked that measure an
 * undecided skill of `skills`, it picks the one with the most Fisher information about the ability, weighed by how
 * uncertain that ability still is and, strongly, by how likely its undecided skills are already mastered (ties by
 * id, so the same state always asks the same item). It stops when every skill is decided (PRECISE), after
 * `maxItems` (MAX_ITEMS), or when nothing left to ask measures an undecided skill.
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
    // Follow the skills that look known until they are decided: mastered skills are what placement is for (their
    // modules are skipped), and with a guess behind most answers a skill takes about three right answers to decide,
    // while one wrong answer mostly decides "not known". Weighed less strongly, the items spread over a program's
    // skills one answer each and decide almost none (docs/adaptive-engine.md, "Placement").
    const open = beliefs.filter((_, i) => undecided.has(item.skills[i]));
    const promise = open.reduce((sum, belief) => sum + masteryProbability(belief, params), 0) / open.length;
    const value = itemInformation(beliefs, item.estimate) * uncertainty * promise ** 3;
    if (!best || value > best.value + 1e-12 || (Math.abs(value - best.value) <= 1e-12 && item.id < best.id)) best = { id: item.id, value };
  }
  return best ? { done: false, itemId: best.id } : { done: true, reason: 'NO_ITEMS' };
}

/** The skills placement showed as known: their modules are skipped on the path. */
export function placedAsMastered(skills: readonly string[], estimates: ReadonlyMap<string, SkillEstimate>, params: ModelParams = DEFAULT_MODEL_PARAMS): string[] {
  return skills.filter((code) => {
    const estimate = estimates.get(code);
    return estimate !== undefined && isMastered(estimate, params);
  });
}
