/** Nearest-rank percentile (p in 0..100) of a non-empty sample; null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** A finished job's worker-side timestamps (ms, the worker's clock): when it went active and when it finished. */
export interface JobTiming {
  processedOn?: number;
  finishedOn?: number;
}

/**
 * Jobs completed per second over one batch: the jobs, over the span from the first job taken by the worker to the
 * last one finished. Jobs lacking either timestamp are not counted. Null for an empty batch or a zero span.
 */
export function batchRate(jobs: readonly JobTiming[]): { jobs: number; spanMs: number } {
  const done = jobs.filter((job) => job.processedOn && job.finishedOn);
  if (!done.length) return { jobs: 0, spanMs: 0 };
  const start = Math.min(...done.map((job) => job.processedOn as number));
  const end = Math.max(...done.map((job) => job.finishedOn as number));
  return { jobs: done.length, spanMs: end - start };
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
