import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { AuditEntryEntity } from './entities/audit-entry.entity';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/** Records authoring changes in the transaction that makes them: no change without its entry, and no entry without its change. */
@Injectable()
export class AuditLog {
  async record(manager: EntityManager, actor: Actor, entry: { entityType: string; entityId: string; action: string; changes: AuditChanges }): Promise<void> {
    await manager.insert(AuditEntryEntity, { maisonId: actor.maisonId, actorId: actor.userId, ...entry } as never);
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
