import { createHash } from 'node:crypto';
import {
  canonicalJson,
  issue,
  PROGRAM_PACKAGE_FORMAT,
  PROGRAM_PACKAGE_VERSION,
  prerequisiteOrder,
  programPackageIssues,
  revisedText,
  plainTexts,
  type FieldIssue,
  type ProgramPackage,
} from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { DomainError } from '../../core/errors/domain-error';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import { AuditLog, changedFields } from '../audit/audit-log';
import { invalidPackage, type ModuleDraft, type QuestionDraft } from './content-shapes';
import { ModuleEntity, ModuleVersionEntity } from './entities/module.entity';
import { ProgramEntity, ProgramModuleEntity } from './entities/program.entity';
import { QuestionEntity, QuestionVersionEntity } from './entities/question.entity';
import { SkillPrerequisiteEntity } from './entities/skill-prerequisite.entity';
import { SkillEntity } from './entities/skill.entity';
import { republishModulesShowing } from './module-pins';
import { moduleDraftOf, ModulesService } from './modules.service';
import { QuestionBankService, questionDraftOf } from './question-bank.service';
import { importSkills, type SkillImportResult } from './skill-import';

export interface ProgramPackageImport {
  skills: SkillImportResult;
  questions: SkillImportResult;
  modules: SkillImportResult;
  program: 'created' | 'updated' | 'unchanged';
}

/** The package's checksum: SHA-256 of its canonical JSON without the checksum itself. */
export function packageChecksum(pkg: ProgramPackage & { checksum?: string }): string {
  return createHash('sha256').update(canonicalJson({ ...pkg, checksum: undefined })).digest('hex');
}

/**
 * A program as a package: its settings, the published version of each module (and the exact question versions it
 * pins), and the skills they name with every prerequisite. Content only, never who wrote it or who learnt it.
 */
export async function exportProgramPackage(manager: EntityManager, maisonId: string, programId: string): Promise<ProgramPackage> {
  const program = await manager.findOneByOrFail(ProgramEntity, { id: programId, maisonId });
  const places = await manager.find(ProgramModuleEntity, { where: { programId, maisonId }, relations: { module: true }, order: { position: 'ASC' } });
  const modules = places.flatMap((place) => place.module ?? []);
  const published = new Map(
    (await manager.findBy(ModuleVersionEntity, { maisonId, moduleId: In(modules.map((module) => module.id)), status: 'PUBLISHED' })).map((version) => [version.moduleId, version]),
  );
  const unpublished = modules.filter((module) => !published.has(module.id)).map((module) => module.code);
  if (unpublished.length) throw new DomainError('MODULE_NOT_READY', `Only published content is exported; not yet published: ${unpublished.join(', ')}`, { issues: unpublished.map((code) => issue('modules', 'NOT_PUBLISHED', { code })) });

  const pinned = [...published.values()].flatMap((version) => version.questionVersionIds ?? []);
  const questionVersions = await manager.find(QuestionVersionEntity, { where: { maisonId, id: In(pinned) }, relations: { question: true } });
  const questions = questionVersions.map((version) => ({ code: version.question?.code as string, ...questionDraftOf(version) })).sort((a, b) => a.code.localeCompare(b.code));

  const skills = await manager.findBy(SkillEntity, { maisonId });
  const edges = await manager.find(SkillPrerequisiteEntity, { where: { maisonId }, relations: { skill: true, prerequisite: true } });
  const prerequisites = new Map<string, string[]>();
  for (const edge of edges) if (edge.skill && edge.prerequisite) prerequisites.set(edge.skill.code, [...(prerequisites.get(edge.skill.code) ?? []), edge.prerequisite.code].sort());
  const needed = new Set([...program.targetSkills, ...[...published.values()].flatMap((version) => version.targetSkills), ...questions.flatMap((question) => question.skills)]);
  for (const code of needed) for (const prerequisite of prerequisites.get(code) ?? []) needed.add(prerequisite); // a Set iterates what is added while iterating

  return {
    format: PROGRAM_PACKAGE_FORMAT,
    version: PROGRAM_PACKAGE_VERSION,
    sourceLocale: program.title.sourceLocale,
    program: {
      code: program.code,
      title: plainTexts(program.title),
      description: plainTexts(program.description),
      onboarding: program.onboarding,
      certificationThreshold: program.certificationThreshold,
      targetSkills: program.targetSkills,
      modules: modules.map((module) => module.code),
    },
    skills: inPrerequisiteOrder(skills.filter((skill) => needed.has(skill.code)), prerequisites).map((skill) => ({
      code: skill.code,
      category: skill.category,
      name: plainTexts(skill.name),
      description: plainTexts(skill.description),
      prerequisites: prerequisites.get(skill.code) ?? [],
    })),
    modules: modules.map((module) => ({ code: module.code, kind: module.kind, ...moduleDraftOf(published.get(module.id) as ModuleVersionEntity) })),
    questions,
  };
}

/**
 * Skills in prerequisite order, ties by code: the same bytes whatever order the table returns its rows in (an update
 * moves a row), so a package exported twice, or from another deployment, has the same checksum.
 */
function inPrerequisiteOrder(skills: readonly SkillEntity[], prerequisites: ReadonlyMap<string, readonly string[]>): SkillEntity[] {
  const byCode = new Map(skills.map((skill) => [skill.code, skill]));
  const edges = skills.flatMap((skill) => (prerequisites.get(skill.code) ?? []).map((prerequisite) => ({ skill: skill.code, prerequisite })));
  return prerequisiteOrder([...byCode.keys()], edges).map((code) => byCode.get(code) as SkillEntity);
}

/** The issue of a version an author is still working on, which an import would overwrite: a draft or one in review. */
const inWork = (status: string) => (status === 'DRAFT' ? 'VERSION_IN_DRAFT' : 'VERSION_IN_REVIEW');

/**
 * Brings a maison's content up to a package, by code: what is new is created, what differs gets a new published
 * version (the one before is archived, and attempts keep pointing at it), what is equal is left alone, so importing
 * twice changes nothing. The package was reviewed where it was written, so it arrives published, audited as the
 * importer's. Runs in the caller's tenant transaction and names the maison in every query (the seed bypasses RLS).
 */
export async function importProgramPackage(manager: EntityManager, actor: Actor, pkg: ProgramPackage): Promise<ProgramPackageImport> {
  const { maisonId } = actor;
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('content-import:' || $1))`, [maisonId]);
  // The package's modules, then its questions, locked as an author's save or review locks them (in that order): no
  // draft can start between the check for work in progress below and the import's new published versions.
  await manager.query(`SELECT id FROM module WHERE maison_id = $1 AND code = ANY($2::text[]) ORDER BY id FOR UPDATE`, [maisonId, pkg.modules.map((m) => m.code)]);
  await manager.query(`SELECT id FROM question WHERE maison_id = $1 AND code = ANY($2::text[]) ORDER BY id FOR UPDATE`, [maisonId, pkg.questions.map((q) => q.code)]);
  const issues: FieldIssue[] = programPackageIssues(pkg);
  const { defaultLocale } = await manager.findOneByOrFail(MaisonEntity, { id: maisonId });
  if (pkg.sourceLocale !== defaultLocale) issues.push(issue('sourceLocale', 'SOURCE_LOCALE_MISMATCH', { locale: pkg.sourceLocale, maisonLocale: defaultLocale }));
  const questionsInWork = await manager.find(QuestionVersionEntity, { where: { maisonId, status: In(['DRAFT', 'IN_REVIEW']), question: { code: In(pkg.questions.map((q) => q.code)) } }, relations: { question: true } });
  const modulesInWork = await manager.find(ModuleVersionEntity, { where: { maisonId, status: In(['DRAFT', 'IN_REVIEW']), module: { code: In(pkg.modules.map((m) => m.code)) } }, relations: { module: true } });
  for (const version of questionsInWork) issues.push(issue('questions', inWork(version.status), { code: String(version.question?.code), version: version.version }));
  for (const version of modulesInWork) issues.push(issue('modules', inWork(version.status), { code: String(version.module?.code), version: version.version }));
  const kinds = await manager.findBy(ModuleEntity, { maisonId, code: In(pkg.modules.map((m) => m.code)) });
  for (const existing of kinds) {
    const incoming = pkg.modules.find((m) => m.code === existing.code);
    if (incoming && incoming.kind !== existing.kind) issues.push(issue('modules', 'KIND_MISMATCH', { code: existing.code, kind: existing.kind, incoming: incoming.kind }));
  }
  const onboarding = pkg.program.onboarding ? await manager.findOneBy(ProgramEntity, { maisonId, onboarding: true }) : null;
  if (onboarding && onboarding.code !== pkg.program.code) issues.push(issue('program.onboarding', 'ONBOARDING_ELSEWHERE', { code: onboarding.code }));
  if (issues.length) throw invalidPackage(issues);

  const audit = new AuditLog();
  const published = { status: 'PUBLISHED' as const, publishedById: actor.userId, publishedAt: new Date(), lastEditorId: actor.userId };
  const result: ProgramPackageImport = {
    skills: await importSkills(manager, { maisonId, actorId: actor.userId, sourceLocale: pkg.sourceLocale }, pkg.skills),
    questions: { created: 0, updated: 0 },
    modules: { created: 0, updated: 0 },
    program: 'unchanged',
  };

  const revised: string[] = [];
  const questionIds = new Map((await manager.findBy(QuestionEntity, { maisonId, code: In(pkg.questions.map((q) => q.code)) })).map((q) => [q.code, q.id]));
  for (const { code, ...draft } of pkg.questions) {
    const questionId = questionIds.get(code) ?? (await manager.save(manager.create(QuestionEntity, { maisonId, code }))).id;
    const changed = await nextPublishedVersion(manager, QuestionVersionEntity, { maisonId, questionId }, (current) => canonicalJson(questionDraftOf(current)) !== canonicalJson(draft as QuestionDraft));
    if (!changed) continue;
    await QuestionBankService.writeVersion(manager, audit, actor, Object.assign(changed, published), draft as QuestionDraft, pkg.sourceLocale, 'imported');
    result.questions[changed.version === 1 ? 'created' : 'updated']++;
    if (changed.version > 1) revised.push(questionId);
  }

  const moduleIds = new Map(kinds.map((module) => [module.code, module.id]));
  for (const { code, kind, ...draft } of pkg.modules) {
    const moduleId = moduleIds.get(code) ?? (await manager.save(manager.create(ModuleEntity, { maisonId, code, kind }))).id;
    moduleIds.set(code, moduleId);
    const changed = await nextPublishedVersion(manager, ModuleVersionEntity, { maisonId, moduleId }, (current) => canonicalJson(moduleDraftOf(current)) !== canonicalJson(draft as ModuleDraft));
    if (!changed) continue;
    const pins = await manager.find(QuestionVersionEntity, { where: { maisonId, status: 'PUBLISHED', question: { code: In([...draft.questions]) } }, relations: { question: true } });
    changed.questionVersionIds = draft.questions.map((question) => pins.find((pin) => pin.question?.code === question)?.id as string);
    await ModulesService.writeVersion(manager, audit, actor, Object.assign(changed, published), draft as ModuleDraft, pkg.sourceLocale, 'imported');
    result.modules[changed.version === 1 ? 'created' : 'updated']++;
  }

  // The package's modules pin the new versions; other modules showing a revised question are brought to it too.
  await republishModulesShowing(manager, audit, actor, revised);
  result.program = await importProgram(manager, audit, actor, pkg, moduleIds);
  return result;
}

/**
 * The version an import writes, or null when the published content already equals the package's. The new version
 * starts as a copy of the published one, so translation status carries over, and the published one is archived.
 */
async function nextPublishedVersion<V extends QuestionVersionEntity | ModuleVersionEntity>(
  manager: EntityManager,
  target: new () => V,
  owner: { maisonId: string } & Partial<Record<'questionId' | 'moduleId', string>>,
  differs: (current: V) => boolean,
): Promise<V | null> {
  const current = await manager.findOne(target, { where: { ...owner, status: 'PUBLISHED' } as never });
  const { last } = (await manager.createQueryBuilder(target, 'v').select('coalesce(max(v.version), 0)', 'last').where(owner).getRawOne<{ last: number }>()) ?? { last: 0 };
  if (current && !differs(current)) return null;
  if (current) await manager.update(target, { id: current.id } as never, { status: 'ARCHIVED' } as never);
  const { id: _id, createdAt: _created, updatedAt: _updated, ...copy } = current ?? ({} as V);
  return manager.create(target, { ...copy, ...owner, version: Number(last) + 1 } as never);
}

async function importProgram(manager: EntityManager, audit: AuditLog, actor: Actor, pkg: ProgramPackage, moduleIds: Map<string, string>): Promise<ProgramPackageImport['program']> {
  const { maisonId } = actor;
  const incoming = pkg.program;
  const current = await manager.findOneBy(ProgramEntity, { maisonId, code: incoming.code });
  const places = current ? await manager.find(ProgramModuleEntity, { where: { maisonId, programId: current.id }, order: { position: 'ASC' } }) : [];
  const view = (program: ProgramEntity | null, modules: string[]) =>
    program ? { title: plainTexts(program.title), description: plainTexts(program.description), onboarding: program.onboarding, certificationThreshold: program.certificationThreshold, targetSkills: program.targetSkills, modules } : {};
  const codeOf = new Map([...moduleIds].map(([code, id]) => [id, code]));
  const before = view(current, places.map((place) => codeOf.get(place.moduleId) ?? place.moduleId));

  const program = current ?? manager.create(ProgramEntity, { maisonId, code: incoming.code });
  Object.assign(program, {
    title: revisedText(current?.title, pkg.sourceLocale, incoming.title),
    description: revisedText(current?.description, pkg.sourceLocale, incoming.description),
    onboarding: incoming.onboarding,
    certificationThreshold: incoming.certificationThreshold,
    targetSkills: [...incoming.targetSkills],
  });
  const changes = changedFields(before, view(program, [...incoming.modules]));
  if (current && Object.keys(changes).length === 0) return 'unchanged';
  await manager.save(program);
  await manager.delete(ProgramModuleEntity, { maisonId, programId: program.id });
  await manager.insert(ProgramModuleEntity, incoming.modules.map((code, position) => ({ programId: program.id, moduleId: moduleIds.get(code) as string, position, maisonId })));
  await audit.record(manager, actor, { entityType: 'program', entityId: program.id, action: 'imported', changes });
  return current ? 'updated' : 'created';
}

