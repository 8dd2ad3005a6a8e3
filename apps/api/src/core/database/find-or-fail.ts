import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * Loads a row by id inside a tenant transaction, or fails with NOT_FOUND. Under row-level security another
 * maison's id is indistinguishable from an id that never existed. `forUpdate` locks the row until the transaction
 * ends, for a read-modify-write that must not lose a concurrent one.
 */
export async function findOrFail<T extends { id: string }>(manager: EntityManager, entity: new () => T, id: string, label: string, { forUpdate = false } = {}): Promise<T> {
  const row = isUuid(id) ? await manager.findOne(entity, { where: { id } as never, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
  if (!row) throw DomainError.notFound(label);
  return row;
}
