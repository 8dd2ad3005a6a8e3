/** Probabilistic predictions against what happened, collected as parallel arrays. */
export class Predictions {
  readonly p: number[] = [];
  readonly y: boolean[] = [];

  add(probability: number, outcome: boolean): void {
    this.p.push(probability);
    this.y.push(outcome);
  }

  merge(other: Predictions): this {
    for (let i = 0; i < other.p.length; i++) this.add(other.p[i], other.y[i]);
    return this;
  }

  get size(): number {
    return this.p.length;
  }
}

/** Area under the ROC curve (Mann–Whitney, ties counted half); null when one class is missing. */
export function auc(predictions: Predictions): number | null {
  const order = predictions.p.map((_, i) => i).sort((a, b) => predictions.p[a] - predictions.p[b]);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && predictions.p[order[end + 1]] === predictions.p[order[start]]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (predictions.y[order[k]]) {
        positives++;
        rankSum += rank;
      }
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  if (!positives || !negatives) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean negative log-likelihood (natural log), probabilities clipped to [1e-6, 1 − 1e-6]. */
export function logLoss(predictions: Predictions): number | null {
  if (!predictions.size) return null;
  let sum = 0;
  for (let i = 0; i < predictions.size; i++) {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, predictions.p[i]));
    sum -= predictions.y[i] ? Math.log(p) : Math.log(1 - p);
  }
  return sum / predictions.size;
}

export const mean = (values: readonly number[]): number | null => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);

export const ratio = (numerator: number, denominator: number): number | null => (denominator ? numerator / denominator : null);

/** Rounded for the report: the JSON stays readable and identical across runs of the same seed. */
export function round(value: number | null, digits = 4): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
