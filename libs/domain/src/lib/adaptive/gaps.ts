import { isJudgedKnown } from './judgement';
import { isMastered, masteryProbability, DEFAULT_MODEL_PARAMS, type ModelParams, type PrerequisiteMap, type SkillEstimate } from './learner-model';

/** A skill of the program as gap ranking sees it. */
export interface ProgramSkill {
  code: string;
  /** How much the program leans on it: e.g. the number of its modules that target it (>= 0). */
  importance: number;
}

/** The advisor's latest answers on a skill, newest first (right or wrong). */
export type RecentAnswers = ReadonlyMap<string, readonly boolean[]>;

export interface KnowledgeGap {
  skill: string;
  /** The probability the skill is known: the learner model's (`knowledgeGaps`) or as judged (`judgedGaps`). */
  masteryProbability: number;
  /** importance × (1 − mastery probability): the order among gaps that are ready. */
  priority: number;
  /** No direct prerequisite is a gap: the gap can be worked on now. */
  ready: boolean;
  /** The weakest direct prerequisite that is a gap, when failures on this skill are better explained by it. */
  underlying: string | null;
  /** The words of the explanation, as data: `wrong` of the last `recent` answers on the skill were wrong. */
  evidence: { wrong: number; recent: number };
}

/** The window of answers an explanation speaks of ("3 of your last 4"). */
export const RECENT_WINDOW = 4;

/**
 * The advisor's knowledge gaps as the learner model sees them: the program's skills below mastery, ready ones first
 * (their prerequisites are mastered, so work on them pays now), then by priority, then by code. A skill never
 * practised is a gap too (nothing shows it is known). Each gap says what supports it and, when the skill has a
 * direct prerequisite that is not mastered, which underlying gap explains the failures. What challenges aim at.
 */
export function knowledgeGaps(
  skills: readonly ProgramSkill[],
  estimates: ReadonlyMap<string, SkillEstimate>,
  prerequisites: PrerequisiteMap,
  recent: RecentAnswers,
  params: ModelParams = DEFAULT_MODEL_PARAMS,
  prior: SkillEstimate = { mean: params.priorMean, variance: params.priorVariance, evidence: 0, updatedAt: null },
): KnowledgeGap[] {
  const estimate = (code: string) => estimates.get(code) ?? prior;
  return rankedGaps(skills, (code) => masteryProbability(estimate(code), params), (code) => !isMastered(estimate(code), params), prerequisites, recent);
}

/**
 * The advisor's knowledge gaps as judged (`judgedMastery`): the skills judged known with less than
 * `JUDGED_GAP_LINE`, ranked and explained as `knowledgeGaps` does. What the advisor, their path and HR read. A skill
 * with no judgement is a gap.
 */
export function judgedGaps(skills: readonly ProgramSkill[], judged: ReadonlyMap<string, number>, prerequisites: PrerequisiteMap, recent: RecentAnswers): KnowledgeGap[] {
  return rankedGaps(skills, (code) => judged.get(code) ?? 0, (code) => !isJudgedKnown(judged.get(code)), prerequisites, recent);
}

function rankedGaps(skills: readonly ProgramSkill[], probability: (code: string) => number, isGap: (code: string) => boolean, prerequisites: PrerequisiteMap, recent: RecentAnswers): KnowledgeGap[] {
  const gaps: KnowledgeGap[] = [];
  for (const skill of skills) {
    if (!isGap(skill.code)) continue;
    const p = probability(skill.code);
    const weak = (prerequisites.get(skill.code) ?? []).filter(isGap).sort((a, b) => probability(a) - probability(b) || a.localeCompare(b));
    const answers = (recent.get(skill.code) ?? []).slice(0, RECENT_WINDOW);
    gaps.push({
      skill: skill.code,
      masteryProbability: p,
      priority: Math.max(0, skill.importance) * (1 - p),
      ready: weak.length === 0,
      underlying: weak[0] ?? null,
      evidence: { wrong: answers.filter((right) => !right).length, recent: answers.length },
    });
  }
  return gaps.sort((a, b) => Number(b.ready) - Number(a.ready) || b.priority - a.priority || a.skill.localeCompare(b.skill));
}
