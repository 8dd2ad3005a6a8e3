import type { QuestionKey } from '../assessment/question-key';

/**
 * Savoir's learner model: per advisor × skill, an ability on the logit scale held as a normal belief (mean and
 * variance), and per item a difficulty held the same way. A right answer is predicted by a Rasch curve with a
 * guessing floor, averaged over both beliefs; each answer moves both beliefs by one Bayesian (Laplace) step, so
 * an advisor's first answers move their estimate a lot and later ones less, and a new item's difficulty settles as
 * responses come in. Uncertainty grows back slowly with time away from a skill.
 *
 * Why this model (measured by `npm run bench:adaptive` against Bayesian Knowledge Tracing, see README): it gives
 * item difficulty and advisor ability on one scale, which is what lets challenges aim at ~75% predicted success and
 * placement pick the most informative item; and its variance says when an estimate is precise enough to stop
 * asking. Time and parameters are arguments; nothing here reads a clock.
 */
export interface SkillEstimate {
  /** Ability on the logit scale: 0 answers a middling item right half the time (before guessing). */
  mean: number;
  /** Variance of the belief about the ability. */
  variance: number;
  /** Answers that moved this estimate (evidence through prerequisites counts too). */
  evidence: number;
  /** When the estimate was last moved (ISO 8601), null if never. */
  updatedAt: string | null;
}

export interface ItemEstimate {
  /** Difficulty on the same logit scale as abilities. */
  difficulty: number;
  variance: number;
  /** Chance of a right answer without the knowledge (1 / options for a choice); 0 for open answers. */
  guess: number;
  responses: number;
}

export interface ModelParams {
  priorMean: number;
  priorVariance: number;
  /** A skill is mastered when the ability exceeds this (a middling item right ~85% of the time)… */
  masteryAbility: number;
  /** …with at least this probability. */
  masteredProbability: number;
  /** Variance regained per day away from a skill (knowledge goes stale), up to the prior's. */
  driftPerDay: number;
  /** An item's difficulty never becomes certain: calibration keeps listening. */
  itemVarianceFloor: number;
  /** Share of a right answer's evidence that also reaches each direct prerequisite of the item's skills. */
  prerequisiteCredit: number;
  /** Up to this share of a wrong answer's evidence goes to a direct prerequisite that is probably not known. */
  prerequisiteBlame: number;
  /**
   * Variance added to a skill's belief before each answer on it (up to the prior's): the advisor learns from every
   * question and its explanation, so the ability is a moving target and recent answers weigh more than old ones.
   * Absent, the ability is treated as fixed between answers.
   */
  learningVariance?: number;
  /** Logits an answer on a skill adds to its ability afterwards (the explanation teaches). Absent, 0. */
  learningGain?: number;
}

/**
 * Tuned with `npm run bench:adaptive` (simulated advisors that are not this model; see benches/adaptive). Without
 * `learningGain` and `learningVariance` the model takes an advisor's first wrong answers as the truth for good
 * and practice rarely lifts a skill to mastery; 0.75 rather than 0.8 confidence, with more credit to
 * prerequisites and less blame, closes gaps sooner at a false-mastery rate under 5 %.
 */
export const DEFAULT_MODEL_PARAMS: ModelParams = {
  priorMean: 0,
  priorVariance: 2.25,
  masteryAbility: 1.2,
  masteredProbability: 0.75,
  driftPerDay: 0.01,
  itemVarianceFloor: 0.05,
  prerequisiteCredit: 0.6,
  prerequisiteBlame: 0.5,
  learningVariance: 1.25,
  learningGain: 0.3,
};

/** The prerequisite graph as the model reads it: skill code → codes of its direct prerequisites. */
export type PrerequisiteMap = ReadonlyMap<string, readonly string[]>;

const DAY_MS = 86_400_000;

export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf; |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

export function priorSkill(params: ModelParams = DEFAULT_MODEL_PARAMS): SkillEstimate {
  return { mean: params.priorMean, variance: params.priorVariance, evidence: 0, updatedAt: null };
}

/** An item's starting belief from the author's difficulty (1 easy … 5 hard) and its chance of a lucky guess. */
export function priorItem(authoredDifficulty: number, guess = 0): ItemEstimate {
  const level = Math.min(5, Math.max(1, authoredDifficulty));
  return { difficulty: (level - 3) * 0.75, variance: 0.5, guess: Math.min(0.5, Math.max(0, guess)), responses: 0 };
}

/** The skill's belief as of `at`: uncertainty regained for the days since it last moved. */
export function skillAt(estimate: SkillEstimate, at: Date, params: ModelParams = DEFAULT_MODEL_PARAMS): SkillEstimate {
  if (!estimate.updatedAt) return estimate;
  const days = Math.max(0, (at.getTime() - Date.parse(estimate.updatedAt)) / DAY_MS);
  const variance = Math.min(Math.max(params.priorVariance, estimate.variance), estimate.variance + params.driftPerDay * days);
  return { ...estimate, variance };
}

/** Probability that the skill is mastered: that the ability exceeds `masteryAbility`. */
export function masteryProbability(estimate: SkillEstimate, params: ModelParams = DEFAULT_MODEL_PARAMS): number {
  return normalCdf((estimate.mean - params.masteryAbility) / Math.sqrt(estimate.variance));
}

const zAtProbability = new Map<number, number>();

/**
 * The mastery line as a test on the estimate itself: mastered when `mean − ability ≥ z × √variance`, `z` being where
 * `normalCdf` crosses `masteredProbability`, so that the test is `masteryProbability ≥ masteredProbability`. Postgres
 * runs the very same arithmetic over stored estimates (HR's gap counts): the database and the app never disagree on
 * whether a skill is mastered.
 */
export function masteryLine(params: ModelParams = DEFAULT_MODEL_PARAMS): { ability: number; z: number } {
  let z = zAtProbability.get(params.masteredProbability);
  if (z === undefined) {
    // Bisection on the model's own normalCdf, rather than another approximation of its inverse.
    let [low, high] = [-10, 10];
    for (let step = 0; step < 80; step++) {
      const middle = (low + high) / 2;
      if (normalCdf(middle) < params.masteredProbability) low = middle;
      else high = middle;
    }
    z = high;
    zAtProbability.set(params.masteredProbability, z);
  }
  return { ability: params.masteryAbility, z };
}

export function isMastered(estimate: Pick<SkillEstimate, 'mean' | 'variance'>, params: ModelParams = DEFAULT_MODEL_PARAMS): boolean {
  const { ability, z } = masteryLine(params);
  return estimate.mean - ability >= z * Math.sqrt(estimate.variance);
}

/** An item's skills weighed equally: its ability is their mean. */
function combined(skills: readonly SkillEstimate[]): { mean: number; variance: number } {
  const k = skills.length;
  if (!k) throw new RangeError('an item measures at least one skill');
  let mean = 0;
  let variance = 0;
  for (const skill of skills) {
    mean += skill.mean / k;
    variance += skill.variance / (k * k);
  }
  return { mean, variance };
}

/** Probability of a right answer, averaged over what is known of the ability and the difficulty (probit approximation). */
export function predictSuccess(skills: readonly SkillEstimate[], item: ItemEstimate): number {
  const ability = combined(skills);
  const spread = Math.sqrt(1 + (Math.PI * (ability.variance + item.variance)) / 8);
  return item.guess + (1 - item.guess) * logistic((ability.mean - item.difficulty) / spread);
}

/** Fisher information of the item about the ability at the current estimate: what placement maximises. */
export function itemInformation(skills: readonly SkillEstimate[], item: ItemEstimate): number {
  const p = logistic(combined(skills).mean - item.difficulty);
  const success = item.guess + (1 - item.guess) * p;
  const slope = (1 - item.guess) * p * (1 - p);
  return (slope * slope) / (success * (1 - success));
}

/**
 * One Laplace step on a belief: `direction` is +1 for an ability, -1 for a difficulty; `weight` the share of the
 * item's evidence this belief receives. `score` is the credit earned (1 right, 0 wrong, partial in between).
 */
function step(mean: number, variance: number, weight: number, direction: 1 | -1, score: number, contrast: number, guess: number): { mean: number; variance: number } {
  const p = logistic(contrast);
  const success = Math.min(1 - 1e-9, Math.max(1e-9, guess + (1 - guess) * p));
  const slope = (1 - guess) * p * (1 - p);
  const gradient = ((score - success) / (success * (1 - success))) * slope;
  const information = (slope * slope) / (success * (1 - success));
  // Evidence never widens a belief: with next to no information, 1 / (1 / v) may round a last bit above v.
  const nextVariance = Math.min(variance, 1 / (1 / variance + weight * weight * information));
  return { mean: mean + direction * nextVariance * weight * gradient, variance: nextVariance };
}

export interface AnswerEvidence {
  /** Skills the item measures (codes). */
  itemSkills: readonly string[];
  item: ItemEstimate;
  /** Credit earned, 0..1. */
  score: number;
  at: Date;
}

export interface ModelUpdate {
  /** Every skill whose belief moved (the item's skills, and prerequisites that took credit or blame). */
  skills: Map<string, SkillEstimate>;
  item: ItemEstimate;
}

/**
 * The beliefs after one answer. Unknown skills start from the prior; the skills answered on first lose some
 * certainty (`learningVariance`: the advisor may have learnt since), and after the step gain `learningGain` (the
 * explanation shown with every answer teaches). A right answer also counts, more faintly, for
 * the direct prerequisites of the item's skills (knowing the chronograph implies knowing the movement); a wrong
 * answer on a skill whose prerequisite is probably not known is blamed partly on that prerequisite, so repeated
 * failure there lowers the prerequisite rather than only the skill.
 */
export function updateOnAnswer(
  estimates: ReadonlyMap<string, SkillEstimate>,
  evidence: AnswerEvidence,
  prerequisites: PrerequisiteMap,
  params: ModelParams = DEFAULT_MODEL_PARAMS,
): ModelUpdate {
  if (!(evidence.score >= 0 && evidence.score <= 1)) throw new RangeError(`score must be between 0 and 1, got ${evidence.score}`);
  const { at, item, score } = evidence;
  const itemSkills = [...new Set(evidence.itemSkills)];
  const current = (code: string) => skillAt(estimates.get(code) ?? priorSkill(params), at, params);
  // Practice moves the ability: the skills answered on are less certain than they were (never more than the prior).
  const learning = params.learningVariance ?? 0;
  const practised = (estimate: SkillEstimate): SkillEstimate => ({ ...estimate, variance: Math.min(Math.max(params.priorVariance, estimate.variance), estimate.variance + learning) });
  const skills = itemSkills.map((code) => practised(current(code)));
  const ability = combined(skills);
  const spread = Math.sqrt(1 + (Math.PI * ability.variance) / 8);
  const contrast = (ability.mean - item.difficulty) / spread;
  const updatedAt = at.toISOString();
  const moved = new Map<string, SkillEstimate>();
  const move = (code: string, estimate: SkillEstimate, weight: number) => {
    if (weight <= 0) return;
    const next = step(estimate.mean, estimate.variance, weight, 1, score, contrast, item.guess);
    moved.set(code, { mean: next.mean, variance: next.variance, evidence: estimate.evidence + 1, updatedAt });
  };

  const wrong = 1 - score;
  itemSkills.forEach((code, i) => {
    const blamed = (prerequisites.get(code) ?? []).filter((p) => !itemSkills.includes(p));
    // How much of a wrong answer the skill's weakest direct prerequisite explains.
    const weakest = blamed.map((p) => ({ code: p, estimate: current(p) })).sort((a, b) => masteryProbability(a.estimate, params) - masteryProbability(b.estimate, params))[0];
    const blame = weakest ? wrong * params.prerequisiteBlame * (1 - masteryProbability(weakest.estimate, params)) : 0;
    move(code, skills[i], (1 - blame) / itemSkills.length);
    if (weakest && blame > 0) move(weakest.code, moved.get(weakest.code) ?? weakest.estimate, blame / itemSkills.length);
  });
  // The question and its explanation taught something: the skills answered on move up a little.
  const gain = params.learningGain ?? 0;
  if (gain) {
    for (const code of itemSkills) {
      const estimate = moved.get(code);
      if (estimate) moved.set(code, { ...estimate, mean: estimate.mean + gain / itemSkills.length });
    }
  }
  if (score > 0) {
    for (const code of itemSkills) {
      for (const prerequisite of prerequisites.get(code) ?? []) {
        if (itemSkills.includes(prerequisite) || moved.has(prerequisite)) continue;
        move(prerequisite, current(prerequisite), (score * params.prerequisiteCredit) / itemSkills.length);
      }
    }
  }

  const itemSpread = Math.sqrt(1 + (Math.PI * item.variance) / 8);
  const itemStep = step(item.difficulty, item.variance, 1, -1, score, (ability.mean - item.difficulty) / itemSpread, item.guess);
  return {
    skills: moved,
    item: { ...item, difficulty: itemStep.mean, variance: Math.max(params.itemVarianceFloor, itemStep.variance), responses: item.responses + 1 },
  };
}

/** The chance of a right answer without the knowledge, by the shape of the question's key. */
export function guessChance(key: QuestionKey): number {
  switch (key.type) {
    case 'SINGLE_CHOICE':
    case 'IMAGE_CHOICE':
      return key.options.length ? 1 / key.options.length : 0;
    case 'TRUE_FALSE':
      return 0.5;
    default:
      // Several right options, an order, pairs or a number: a lucky guess is rare enough to ignore.
      return 0;
  }
}
