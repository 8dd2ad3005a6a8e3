import { logistic, type ItemEstimate } from './learner-model';

/** One response to an item: the advisor's ability when they answered (the model's estimate then) and the credit earned. */
export interface ItemResponse {
  ability: number;
  score: number;
}

const ITERATIONS = 25;

/**
 * The nightly re-estimate of an item's difficulty from all its responses (maximum a posteriori, Newton's method):
 * the author's difficulty is the prior, each response is a Rasch observation with the item's guessing floor at the
 * ability the advisor had then. Unlike the online step, it weighs every response as if seen together, so the order
 * answers came in no longer matters. The variance is the posterior's (the inverse of the curvature).
 */
export function calibrateItem(prior: ItemEstimate, responses: readonly ItemResponse[]): ItemEstimate {
  let difficulty = prior.difficulty;
  let curvature = 1 / prior.variance;
  for (let i = 0; i < ITERATIONS; i++) {
    let gradient = -(difficulty - prior.difficulty) / prior.variance;
    curvature = 1 / prior.variance;
    for (const response of responses) {
      const p = logistic(response.ability - difficulty);
      const success = Math.min(1 - 1e-9, Math.max(1e-9, prior.guess + (1 - prior.guess) * p));
      const slope = (1 - prior.guess) * p * (1 - p);
      // d/d(difficulty) of the log-likelihood: the ability's derivative with the sign turned.
      gradient -= ((response.score - success) / (success * (1 - success))) * slope;
      curvature += (slope * slope) / (success * (1 - success));
    }
    const change = gradient / curvature;
    difficulty += Math.max(-1, Math.min(1, change));
    if (Math.abs(change) < 1e-6) break;
  }
  return { difficulty, variance: 1 / curvature, guess: prior.guess, responses: responses.length };
}
