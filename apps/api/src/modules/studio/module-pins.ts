import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import type { AuditLog } from '../audit/audit-log';
import { ContentVersions } from './content-versions';
import { ModuleVersionEntity } from './entities/module.entity';

/**
 * Brings the published modules that show any of `questionIds` to those questions' published versions, so that a
 * question corrected and published (on its own, with another module, or by an import) reaches advisors in every
 * module showing it. A published version never changes: each such module gets a new published version of the same
 * content with the new pins, and the one before is archived; advisors part-way through it finish the version they
 * started. A working draft keeps its content and moves one number up, staying the latest. Runs in the caller's
 * transaction, after the questions are published; modules whose pins are current are left alone.
 */
export async function republishModulesShowing(manager: EntityManager, audit: AuditLog, actor: Actor, questionIds: readonly string[]): Promise<void> {
  if (questionIds.length === 0) return;
  const { maisonId } = actor;
  const stale: Array<{ module_id: string }> = await manager.query(
    `SELECT mv.module_id FROM module_version mv
      WHERE mv.maison_id = $1 AND mv.status = 'PUBLISHED'
        AND EXISTS (SELECT 1 FROM question_version qv WHERE qv.id = ANY(mv.question_version_ids) AND qv.question_id = ANY($2::uuid[]) AND qv.status <> 'PUBLISHED')
      ORDER BY mv.module_id`,
    [maisonId, [...questionIds]],
  );
  if (stale.length === 0) return;
  const moduleIds = stale.map((row) => row.module_id);
  // Locked as an author's save locks them, in one order.
  await manager.query('SELECT id FROM module WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [moduleIds]);
  const published = await manager.findBy(ModuleVersionEntity, { maisonId, moduleId: In(moduleIds), status: 'PUBLISHED' });
  // Every version pinned now, and the published version of each question named: their question and number.
  const versions: Array<{ id: string; question_id: string; version: number; status: string; code: string }> = await manager.query(
    `SELECT qv.id, qv.question_id, qv.version, qv.status, q.code FROM question_version qv JOIN question q ON q.id = qv.question_id
      WHERE qv.id = ANY($1::uuid[]) OR (qv.question_id = ANY($2::uuid[]) AND qv.status = 'PUBLISHED')`,
    [published.flatMap((version) => version.questionVersionIds ?? []), [...questionIds]],
  );
  const versionOf = new Map(versions.map((version) => [version.id, version]));
  const publishedOf = new Map(versions.filter((version) => version.status === 'PUBLISHED' && questionIds.includes(version.question_id)).map((version) => [version.question_id, version.id]));
  const label = (id: string) => `${versionOf.get(id)?.code} v${versionOf.get(id)?.version}`;

  for (const before of published) {
    const pins = before.questionVersionIds ?? [];
    const repinned = pins.map((id) => publishedOf.get(versionOf.get(id)?.question_id as string) ?? id);
    if (repinned.every((id, i) => id === pins[i])) continue;
    const working = await ContentVersions.working(manager, ModuleVersionEntity, maisonId, before.moduleId);
    const number = working ? working.version : before.version + 1;
    // Only its number moves (updated_at kept): an author's edit made on the draft is still made on the latest.
    if (working) await manager.query('UPDATE module_version SET version = version + 1 WHERE id = $1', [working.id]);
    await manager.update(ModuleVersionEntity, { id: before.id }, { status: 'ARCHIVED' });
    const { id: _id, createdAt: _created, updatedAt: _updated, ...content } = before;
    await manager.insert(ModuleVersionEntity, { ...content, version: number, status: 'PUBLISHED', questionVersionIds: repinned, publishedById: actor.userId, publishedAt: new Date() });
    await audit.record(manager, actor, {
      entityType: 'module',
      entityId: before.moduleId,
      action: 'questions-republished',
      changes: { questions: { before: pins.map(label), after: repinned.map(label) }, version: { before: before.version, after: number }, ...(working ? { draftVersion: { before: working.version, after: working.version + 1 } } : {}) },
    });
  }
}
