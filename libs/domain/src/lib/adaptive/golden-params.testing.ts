import type { ModelParams } from './learner-model';

/**
 * The learner model's parameters the golden tests are computed from. Explicit rather than DEFAULT_MODEL_PARAMS: the
 * defaults are tuned on the simulator, and the golden values must not move when they are.
 */
export const GOLDEN_PARAMS: ModelParams = {
  priorMean: 0,
  priorVariance: 2.25,
  masteryAbility: 1.2,
  masteredProbability: 0.8,
  driftPerDay: 0.01,
  itemVarianceFloor: 0.05,
  prerequisiteCredit: 0.35,
  prerequisiteBlame: 0.6,
};
