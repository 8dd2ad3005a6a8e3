import { QUEUE_CONCURRENCY } from '../../apps/api/src/core/queue/queue-workers';

export { JOB_OPTIONS as PRODUCER_JOB_OPTIONS } from '../../apps/api/src/core/queue/queue-producer';

/** The adaptive queue's concurrency, which the baseline's bare worker is given too. */
export const WORKER_CONCURRENCY = QUEUE_CONCURRENCY.adaptive;

/** The baseline's queue, next to the real ones under the bench's own QUEUE_PREFIX. */
export const BARE_QUEUE = 'bench-bare';
