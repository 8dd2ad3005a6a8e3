/**
 * Bayesian Knowledge Tracing (Corbett & Anderson), kept as the baseline the learner model was chosen against:
 * `npm run bench:adaptive` scores both on the same simulated advisors (README, "Adaptive engine"). Per skill, the
 * probability the skill is known; an answer updates it through slip and guess, then learning may happen.
 */
export interface TracingParams {
  known: number;
  learn: number;
  slip: number;
  guess: number;
}

export const DEFAULT_TRACING_PARAMS: TracingParams = { known: 0.3, learn: 0.15, slip: 0.1, guess: 0.2 };

export function tracingPredict(known: number, params: TracingParams = DEFAULT_TRACING_PARAMS): number {
  return known * (1 - params.slip) + (1 - known) * params.guess;
}

/** The probability the skill is known after an answer (`correct`), learning included. */
export function tracingUpdate(known: number, correct: boolean, params: TracingParams = DEFAULT_TRACING_PARAMS): number {
  const posterior = correct
    ? (known * (1 - params.slip)) / (known * (1 - params.slip) + (1 - known) * params.guess)
    : (known * params.slip) / (known * params.slip + (1 - known) * (1 - params.guess));
  return posterior + (1 - posterior) * params.learn;
}
