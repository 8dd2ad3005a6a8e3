import { localisedText, withText, type Localised, type LocalisedText, type PackageSkill } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import { AuditLog, changedFields } from '../audit/audit-log';
import { SkillPrerequisiteEntity } from './entities/skill-prerequisite.entity';
import { SkillEntity } from './entities/skill.entity';

export interface SkillImportResult {
  created: number;
  updated: number;
}

/** The package's texts as a LocalisedText: the source first, then translations made from that very source. */
function fromPackage(sourceLocale: string, texts: Localised, current?: LocalisedText): LocalisedText {
  let value = current ? withText(current, sourceLocale, texts[sourceLocale]) : localisedText(sourceLocale, texts[sourceLocale]);
  for (const [locale, text] of Object.entries(texts)) if (locale !== sourceLocale) value = withText(value, locale, text);
  return value;
}

/** One writer of a maison's skill graph at a time (an author's edit, an import), so no two close a cycle between them. */
export async function lockSkillGraph(manager: EntityManager, maisonId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('skill-graph:' || $1))`, [maisonId]);
}

/**
 * Creates or updates skills by code, and sets their prerequisites to those the package declares: the package is
 * the truth for its skills, their graph included. Each skill's changes, prerequisites too, are audited; importing
 * the same skills twice changes nothing and records nothing. Runs in the caller's tenant transaction; the caller
 * validates the package first (programPackageIssues), so codes resolve and the package's graph is acyclic.
 */
export async function importSkills(
  manager: EntityManager,
  context: { maisonId: string; actorId: string; sourceLocale: string },
  skills: readonly PackageSkill[],
): Promise<SkillImportResult> {
  const audit = new AuditLog();
  const actor = { userId: context.actorId, maisonId: context.maisonId, roles: [] };
  await lockSkillGraph(manager, context.maisonId);
  // The maison is named as well as enforced by row-level security: the seed runs as the owner, which may bypass it.
  // Locked before they are read, as a translator's save locks one (in id order, so two imports cannot deadlock): a
  // translation committed meanwhile is read and kept, where saving whole texts read before it would erase it.
  const codes = skills.map((skill) => skill.code);
  await manager.query(`SELECT id FROM skill WHERE maison_id = $1 AND code = ANY($2::text[]) ORDER BY id FOR UPDATE`, [context.maisonId, codes]);
  const existing = new Map((await manager.findBy(SkillEntity, { maisonId: context.maisonId, code: In(codes) })).map((skill) => [skill.code, skill]));
  const edgesBefore: Array<{ skill_id: string; code: string }> = existing.size
    ? await manager.query(`SELECT e.skill_id, p.code FROM skill_prerequisite e JOIN skill p ON p.id = e.prerequisite_id WHERE e.skill_id = ANY($1::uuid[])`, [[...existing.values()].map((skill) => skill.id)])
    : [];
  const prerequisitesOf = (skillId: string) => edgesBefore.filter((edge) => edge.skill_id === skillId).map((edge) => edge.code).sort();
  const result: SkillImportResult = { created: 0, updated: 0 };
  const byCode = new Map<string, SkillEntity>();

  for (const item of skills) {
    const current = existing.get(item.code);
    const before = current ? { category: current.category, name: current.name.values, description: current.description.values, prerequisites: prerequisitesOf(current.id) } : {};
    const skill = current ?? manager.create(SkillEntity, { maisonId: context.maisonId, code: item.code });
    skill.category = item.category;
    skill.name = fromPackage(context.sourceLocale, item.name, current?.name);
    skill.description = fromPackage(context.sourceLocale, item.description, current?.description);
    const changes = changedFields(before, { category: skill.category, name: skill.name.values, description: skill.description.values, prerequisites: [...item.prerequisites].sort() });
    if (!current || Object.keys(changes).length) {
      await manager.save(skill);
      await audit.record(manager, actor, { entityType: 'skill', entityId: skill.id, action: current ? 'imported-update' : 'imported', changes });
      result[current ? 'updated' : 'created']++;
    }
    byCode.set(item.code, skill);
  }

  const ids = [...byCode.values()].map((skill) => skill.id);
  const edges = skills.flatMap((item) =>
    item.prerequisites.map((code) => ({ skillId: byCode.get(item.code)?.id as string, prerequisiteId: byCode.get(code)?.id as string, maisonId: context.maisonId })),
  );
  await manager.delete(SkillPrerequisiteEntity, { skillId: In(ids) });
  if (edges.length) await manager.insert(SkillPrerequisiteEntity, edges);
  return result;
}
