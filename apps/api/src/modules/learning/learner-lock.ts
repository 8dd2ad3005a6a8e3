import type { EntityManager } from 'typeorm';

/**
 * Serialises, per advisor, the transactions that rewrite what their answers imply (learner model, progress): a
 * device syncing its queue sends several answers at once, and each must see what the previous one committed.
 * Transaction-scoped and re-entrant: taking it twice in one transaction is harmless.
 */
export async function lockLearner(manager: EntityManager, userId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('progress:' || $1))`, [userId]);
}
