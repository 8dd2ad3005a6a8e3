import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { TenantFactory } from '../factories/tenant.factory';

/** Commits the holder's transaction and waits for its end; `pid` is the holder's Postgres backend. */
export type HeldLock = (() => Promise<void>) & { pid: number };

/**
 * Takes a lock in a transaction of its own, as a concurrent writer would, and holds it until the returned function
 * is called (which commits and waits for the end). For tests that an operation waits for that writer.
 */
export async function holdLock(factory: TenantFactory, maisonId: string, lock: (manager: EntityManager) => Promise<unknown>): Promise<HeldLock> {
  let release: (() => void) | undefined;
  let holding: Promise<void> | undefined;
  let pid = 0;
  await new Promise<void>((locked, failed) => {
    holding = factory.inMaison(maisonId, async (manager) => {
      pid = (await manager.query(`SELECT pg_backend_pid() AS pid`))[0].pid;
      await lock(manager);
      await new Promise<void>((resolve) => {
        release = resolve;
        locked();
      });
    });
    holding.catch(failed);
  });
  const end = async () => {
    release?.();
    await holding;
  };
  return Object.assign(end, { pid });
}

/**
 * Resolves once `waiters` transactions wait for a lock `held` holds, as `work` should: a fixed pause would pass
 * whether `work` had reached the lock or not yet started. Fails if `work` settles first, or after `ms`. Watches on a
 * connection of its own: the holder and `work` may take every connection of a test's pool.
 */
export async function waitsBehind(held: HeldLock, work: Promise<unknown>, { waiters = 1, ms = 10_000 } = {}): Promise<void> {
  let settled = false;
  void work.then(
    () => (settled = true),
    () => (settled = true),
  );
  const watcher = new Client({ connectionString: process.env.DATABASE_URL });
  await watcher.connect();
  try {
    for (const deadline = Date.now() + ms; ; ) {
      // Directly or behind another waiter: a second waiter for a row queues behind the first.
      const { rows } = await watcher.query(
        `WITH RECURSIVE behind(pid) AS (
           SELECT pid FROM pg_stat_activity WHERE $1::int = ANY(pg_blocking_pids(pid))
           UNION SELECT a.pid FROM pg_stat_activity a JOIN behind b ON b.pid = ANY(pg_blocking_pids(a.pid))
         ) SELECT count(*)::int AS waiting FROM behind`,
        [held.pid],
      );
      if (rows[0].waiting >= waiters) return;
      if (settled) throw new Error('the operation ended without waiting for the lock');
      if (Date.now() > deadline) throw new Error(`no transaction waited for the lock within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await watcher.end();
  }
}

/** Whether `work` settles, fulfilled or rejected, within `ms` milliseconds. */
export function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}
