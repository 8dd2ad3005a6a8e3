import type { JobType, Queue } from 'bullmq';
import type { TenantFactory } from '../factories/tenant.factory';

/**
 * Resolves once the maison's outbox is delivered and `queue` has no job in `states`, twice in a row (a job may
 * publish events that start more jobs). Leave 'delayed' out for a queue with job schedulers: their next tick is
 * always a delayed job.
 */
export async function workerSettled(factory: TenantFactory, maisonId: string, queue: Queue, states: JobType[] = ['active', 'waiting', 'delayed', 'prioritized'], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    if (Date.now() > deadline) throw new Error(`the worker did not settle in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const [{ pending }] = await factory.inMaison(maisonId, (manager) => manager.query(`SELECT count(*)::int AS pending FROM outbox_event WHERE maison_id = $1 AND delivered_at IS NULL`, [maisonId]));
    const counts = await queue.getJobCounts(...states);
    quiet = pending === 0 && Object.values(counts).every((count) => count === 0) ? quiet + 1 : 0;
  }
}
