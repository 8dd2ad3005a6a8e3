export { WORKER_CONCURRENCY } from '../../apps/api/src/core/queue/queue-workers';
export { JOB_OPTIONS as PRODUCER_JOB_OPTIONS } from '../../apps/api/src/core/queue/queue-producer';

/** The baseline's queue, next to the real ones under the bench's own QUEUE_PREFIX. */
export const BARE_QUEUE = 'bench-bare';
