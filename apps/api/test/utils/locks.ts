import type { EntityManager } from 'typeorm';
import type { TenantFactory } from '../factories/tenant.factory';

/**
 * Takes a lock in a transaction of its own, as a concurrent writer would, and holds it until the returned function
 * is called (which commits and waits for the end). For tests that an operation waits for that writer.
 */
export async function holdLock(factory: TenantFactory, maisonId: string, lock: (manager: EntityManager) => Promise<unknown>): Promise<() => Promise<void>> {
  let release: (() => void) | undefined;
  let holding: Promise<void> | undefined;
  await new Promise<void>((locked, failed) => {
    holding = factory.inMaison(maisonId, async (manager) => {
      await lock(manager);
      await new Promise<void>((resolve) => {
        release = resolve;
        locked();
      });
    });
    holding.catch(failed);
  });
  return async () => {
    release?.();
    await holding;
  };
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
