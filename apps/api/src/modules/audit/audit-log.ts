import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { AuditEntryEntity } from './audit-entry.entity';

/** The entity type of the entries about a user's account, which only admins read. */
export const USER_ENTRIES = 'user';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditRecord {
  entityType: string;
  entityId: string;
  action: string;
  changes: AuditChanges;
}

/** Records changes (authoring, and admins' changes to accounts) in the transaction that makes them: no change without its entry, and no entry without its change. */
@Injectable()
export class AuditLog {
  record(manager: EntityManager, actor: Pick<Actor, 'maisonId' | 'userId'>, entry: AuditRecord): Promise<void> {
    return this.recordAll(manager, actor, [entry]);
  }

  /** Many entries by one actor in one statement (an import's). */
  async recordAll(manager: EntityManager, actor: Pick<Actor, 'maisonId' | 'userId'>, entries: readonly AuditRecord[]): Promise<void> {
    if (entries.length) await manager.insert(AuditEntryEntity, entries.map((entry) => ({ maisonId: actor.maisonId, actorId: actor.userId, ...entry })) as never);
  }

  trail(manager: EntityManager, entityType: string, entityId: string): Promise<AuditEntryEntity[]> {
    return manager.find(AuditEntryEntity, { where: { entityType, entityId }, relations: { actor: true }, order: { createdAt: 'DESC' } });
  }
}

/** The fields whose value differs, as { field: { before, after } }. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { before: before[field] ?? null, after: after[field] ?? null };
  }
  return changes;
}
