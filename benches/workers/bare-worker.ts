import { Worker } from 'bullmq';
import { loadConfig } from '../../apps/api/src/core/config/config';
import { bullConnection } from '../../apps/api/src/core/queue/queue-connection';
import { BARE_QUEUE, WORKER_CONCURRENCY } from './settings';

/**
 * The baseline: one process running one BullMQ Worker whose jobs do nothing, with the connection, prefix,
 * concurrency and lock settings QueueWorkers gives the real worker's queues.
 */
async function main() {
  const config = loadConfig();
  const worker = new Worker(BARE_QUEUE, async () => undefined, {
    connection: bullConnection(config.REDIS_URL),
    prefix: config.QUEUE_PREFIX,
    concurrency: WORKER_CONCURRENCY,
    lockDuration: config.QUEUE_LOCK_MS,
    stalledInterval: config.QUEUE_LOCK_MS,
  });
  worker.on('error', (error) => console.error(error));
  await worker.waitUntilReady();
  console.log('bare worker ready');
  const stop = () => void worker.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
