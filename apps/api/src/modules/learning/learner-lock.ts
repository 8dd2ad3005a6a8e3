import type { EntityManager } from 'typeorm';

/**
 * Serialises, per advisor, the transactions that rewrite what their answers imply (learner model, progress): a
 * device syncing its queue sends several answers at once, and each must see what the previous one committed.
 * Transaction-scoped and re-entrant: taking it twice in one transaction is harmless.
 */
export function lockLearner(manager: EntityManager, userId: string): Promise<void> {
  return lockLearners(manager, [userId]);
}

/**
 * The locks of several advisors in one statement, always taken in the same (sorted) order, so two transactions
 * locking overlapping sets wait for each other instead of deadlocking.
 */
export async function lockLearners(manager: EntityManager, userIds: readonly string[]): Promise<void> {
  const sorted = [...new Set(userIds)].sort();
  await manager.query(`SELECT count(pg_advisory_xact_lock(hashtext('progress:' || id))) FROM unnest($1::text[]) AS id`, [sorted]);
}
