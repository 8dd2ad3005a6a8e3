import { Injectable } from '@nestjs/common';
import {
  canonicalJson,
  isContentCode,
  issue,
  mapModuleTexts,
  MODULE_KINDS,
  moduleTextsAsPlain,
  packageModuleIssues,
  reviseModuleTexts,
  textsByPath,
  type ContentStatus,
  type FieldIssue,
  type Localised,
  type ModuleKind,
  type PublishingAction,
} from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { rethrowUniqueViolation } from '../../core/database/unique-violation';
import { DomainError } from '../../core/errors/domain-error';
import { AuditLog, changedFields } from '../audit/audit-log';
import { moduleDraftShape, parseShape, type ModuleDraft } from './content-shapes';
import { ContentVersions, sourceLocaleOf } from './content-versions';
import { ModuleEntity, ModuleVersionEntity } from './entities/module.entity';
import { QuestionEntity, QuestionVersionEntity } from './entities/question.entity';
import { SkillEntity } from './entities/skill.entity';
import { republishModulesShowing } from './module-pins';
import { QuestionBankService } from './question-bank.service';

export interface ModuleView {
  module: ModuleEntity;
  latest: ModuleVersionEntity;
  published: ModuleVersionEntity | null;
}

/** A module version as plain package content (texts per locale). */
export function moduleDraftOf(version: ModuleVersionEntity): ModuleDraft {
  return { ...moduleTextsAsPlain(version.texts), estimatedMinutes: version.estimatedMinutes, targetSkills: version.targetSkills, questions: version.questions };
}

export function moduleAuditView(version: ModuleVersionEntity): Record<string, unknown> {
  if (!version.texts) return {}; // a module being created
  const draft = moduleDraftOf(version);
  const texts = textsByPath<Localised>((visit) => mapModuleTexts(draft, visit));
  return {
    estimatedMinutes: draft.estimatedMinutes,
    targetSkills: draft.targetSkills,
    questions: draft.questions,
    blocks: draft.blocks.map((block) => block.kind),
    // A block's own values that are not texts (a video's address, an event's date, a product's reference).
    ...Object.fromEntries(draft.blocks.flatMap((block, index) => Object.entries(block).flatMap(([name, value]) => (name !== 'kind' && typeof value === 'string' ? [[`blocks[${index}].${name}`, value]] : [])))),
    ...Object.fromEntries(texts.flatMap(({ path, text }) => Object.entries(text).map(([locale, value]) => [`${path}.${locale}`, value]))),
  };
}

/** Modules: versioned lessons, quizzes and challenges, edited as drafts, reviewed with their questions, published. */
@Injectable()
export class ModulesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  list(actor: Actor, status?: ContentStatus | null): Promise<ModuleView[]> {
    return this.db.run(actor.maisonId, async (manager) => {
      const modules = await manager.find(ModuleEntity, { where: { maisonId: actor.maisonId }, order: { code: 'ASC' } });
      const views = await ModulesService.load(manager, actor.maisonId, modules);
      return status ? views.filter((view) => view.latest.status === status) : views;
    });
  }

  get(actor: Actor, id: string): Promise<ModuleView> {
    return this.db.run(actor.maisonId, async (manager) => (await ModulesService.load(manager, actor.maisonId, [await findOrFail(manager, ModuleEntity, id, 'Module')]))[0]);
  }

  views(actor: Actor, modules: ModuleEntity[]): Promise<ModuleView[]> {
    return this.db.run(actor.maisonId, (manager) => ModulesService.load(manager, actor.maisonId, modules));
  }

  static async load(manager: EntityManager, maisonId: string, modules: ModuleEntity[]): Promise<ModuleView[]> {
    const { latest, published } = await ContentVersions.current(manager, ModuleVersionEntity, maisonId, modules.map((module) => module.id));
    return modules.map((module) => ({ module, latest: latest.get(module.id) as ModuleVersionEntity, published: published.get(module.id) ?? null }));
  }

  create(actor: Actor, input: { code: string; kind: ModuleKind; content: unknown }): Promise<ModuleView> {
    const draft = parseShape<ModuleDraft>(moduleDraftShape, input.content);
    DomainError.assertValid([
      ...(isContentCode(input.code) ? [] : [issue('code', 'CONTENT_CODE_INVALID', { example: 'heritage.founding' })]),
      ...((MODULE_KINDS as readonly string[]).includes(input.kind) ? [] : [issue('kind', 'ONE_OF', { allowed: MODULE_KINDS.join(', ') })]),
    ]);
    return this.db
      .run(actor.maisonId, async (manager) => {
        const sourceLocale = await sourceLocaleOf(manager, actor.maisonId);
        DomainError.assertValid(await moduleDraftIssues(manager, actor.maisonId, sourceLocale, { code: input.code, kind: input.kind, ...draft }, { complete: false }));
        const module = await manager.save(manager.create(ModuleEntity, { maisonId: actor.maisonId, code: input.code, kind: input.kind }));
        const version = manager.create(ModuleVersionEntity, { maisonId: actor.maisonId, moduleId: module.id, version: 1, status: 'DRAFT', lastEditorId: actor.userId });
        await ModulesService.writeVersion(manager, this.audit, actor, version, draft, sourceLocale, 'created');
        return (await ModulesService.load(manager, actor.maisonId, [module]))[0];
      })
      .catch((error) => rethrowUniqueViolation(error, { uq_module_code: () => DomainError.taken('CODE_TAKEN', 'A module with this code', 'code') }));
  }

  /** Saves an edit: into the working draft, or into a new draft version when the latest is published. */
  saveDraft(actor: Actor, input: { moduleId: string; content: unknown; baseUpdatedAt?: Date | null }): Promise<ModuleView> {
    const draft = parseShape<ModuleDraft>(moduleDraftShape, input.content);
    return this.db.run(actor.maisonId, async (manager) => {
      const module = await this.lock(manager, input.moduleId);
      await ContentVersions.assertEditOfLatest(manager, ModuleVersionEntity, actor.maisonId, module.id, input.baseUpdatedAt, `Module ${module.code}`);
      const sourceLocale = await sourceLocaleOf(manager, actor.maisonId);
      DomainError.assertValid(await moduleDraftIssues(manager, actor.maisonId, sourceLocale, { code: module.code, kind: module.kind, ...draft }, { complete: false }));
      const version = await ContentVersions.draftToEdit(manager, ModuleVersionEntity, actor.maisonId, module.id);
      await ModulesService.writeVersion(manager, this.audit, actor, version, draft, sourceLocale, 'draft-saved');
      return (await ModulesService.load(manager, actor.maisonId, [module]))[0];
    });
  }

  /**
   * Moves the module through review, its questions along with it: submitting sends its draft questions to review,
   * publishing publishes those in review (four-eyes applies to each) and pins the exact question versions learners
   * will answer. Archiving retires the module; its questions stay in the bank.
   */
  review(actor: Actor, input: { moduleId: string; action: PublishingAction }): Promise<ModuleView> {
    return this.db.run(actor.maisonId, async (manager) => {
      const module = await this.lock(manager, input.moduleId);
      const version =
        input.action === 'ARCHIVE'
          ? await manager.findOneBy(ModuleVersionEntity, { maisonId: actor.maisonId, moduleId: module.id, status: 'PUBLISHED' })
          : await ContentVersions.working(manager, ModuleVersionEntity, actor.maisonId, module.id);
      if (!version) throw new DomainError('INVALID_TRANSITION', `Module ${module.code} has no version that can be ${input.action === 'ARCHIVE' ? 'archived' : 'moved on'}`);
      await ContentVersions.decide(manager, version, input.action, actor, `Module ${module.code}`);
      const questions = await this.questionsOf(manager, actor.maisonId, version.questions);
      // The questions move too: each is locked as a save of it locks it, so an edit saved meanwhile is not overwritten.
      await manager.query('SELECT id FROM question WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [questions.map((question) => question.id)]);

      if (input.action === 'SUBMIT') {
        const sourceLocale = await sourceLocaleOf(manager, actor.maisonId);
        DomainError.assertValid(await moduleDraftIssues(manager, actor.maisonId, sourceLocale, { code: module.code, kind: module.kind, ...moduleDraftOf(version) }, { complete: true }));
      }
      const carried: Partial<Record<PublishingAction, ContentStatus>> = { SUBMIT: 'DRAFT', REQUEST_CHANGES: 'IN_REVIEW', PUBLISH: 'IN_REVIEW' };
      for (const question of questions) {
        const working = await ContentVersions.working(manager, QuestionVersionEntity, actor.maisonId, question.id);
        if (working && working.status === carried[input.action]) await QuestionBankService.transition(manager, this.audit, actor, question, input.action);
      }
      if (input.action === 'PUBLISH') version.questionVersionIds = await this.pinQuestions(manager, actor.maisonId, questions);

      const before = version.status;
      await ContentVersions.transition(manager, ModuleVersionEntity, version, input.action, actor, `Module ${module.code}`);
      await this.audit.record(manager, actor, { entityType: 'module', entityId: module.id, action: input.action.toLowerCase().replace('_', '-'), changes: { status: { before, after: version.status }, version: { before: version.version, after: version.version } } });
      // Questions it published may show in other modules too.
      if (input.action === 'PUBLISH') await republishModulesShowing(manager, this.audit, actor, questions.map((question) => question.id));
      return (await ModulesService.load(manager, actor.maisonId, [module]))[0];
    });
  }

  /** The published version of each question, in the module's order; refused while any question has none. */
  private async pinQuestions(manager: EntityManager, maisonId: string, questions: QuestionEntity[]): Promise<string[]> {
    const published = await manager.findBy(QuestionVersionEntity, { maisonId, questionId: In(questions.map((question) => question.id)), status: 'PUBLISHED' });
    const byQuestion = new Map(published.map((version) => [version.questionId, version.id]));
    const unpublished = questions.filter((question) => !byQuestion.has(question.id)).map((question) => question.code);
    if (unpublished.length) throw new DomainError('MODULE_NOT_READY', `These questions have no published version yet: ${unpublished.join(', ')}`, { issues: unpublished.map((code) => issue('questions', 'NOT_PUBLISHED', { code })) });
    return questions.map((question) => byQuestion.get(question.id) as string);
  }

  private async questionsOf(manager: EntityManager, maisonId: string, codes: readonly string[]): Promise<QuestionEntity[]> {
    const found = new Map((await manager.findBy(QuestionEntity, { maisonId, code: In([...codes]) })).map((question) => [question.code, question]));
    return codes.flatMap((code) => found.get(code) ?? []);
  }

  /** One writer of a module at a time: two reviewers cannot both publish it, nor an edit slip under a review. */
  private lock(manager: EntityManager, moduleId: string): Promise<ModuleEntity> {
    return findOrFail(manager, ModuleEntity, moduleId, 'Module', { forUpdate: true });
  }

  /** Writes a draft's content into a version (new or working) and audits the change; a save that changes nothing writes nothing. */
  static async writeVersion(manager: EntityManager, audit: AuditLog, actor: Actor, version: ModuleVersionEntity, draft: ModuleDraft, sourceLocale: string, action: string): Promise<void> {
    const before = moduleAuditView(version);
    const previous = version.texts ? canonicalJson(moduleDraftOf(version)) : null;
    Object.assign(version, {
      estimatedMinutes: draft.estimatedMinutes,
      targetSkills: [...draft.targetSkills],
      questions: [...draft.questions],
      texts: reviseModuleTexts(version.texts, { title: draft.title, summary: draft.summary, blocks: draft.blocks }, sourceLocale),
      lastEditorId: actor.userId,
    });
    // Saved unchanged (the whole draft, not only what the trail shows): no new version, no entry.
    if (previous === canonicalJson(moduleDraftOf(version))) return;
    const changes = changedFields(before, moduleAuditView(version));
    await manager.save(version);
    await audit.record(manager, actor, { entityType: 'module', entityId: version.moduleId, action, changes: { ...changes, version: { before: null, after: version.version } } });
  }
}

/** The issues of a module draft: the domain's checks, then skills and questions the maison has. */
export async function moduleDraftIssues(
  manager: EntityManager,
  maisonId: string,
  sourceLocale: string,
  module: ModuleDraft & { code: string; kind: ModuleKind },
  options: { complete: boolean },
): Promise<FieldIssue[]> {
  const issues = packageModuleIssues(module, sourceLocale, options);
  const skills = new Set((await manager.find(SkillEntity, { select: { code: true }, where: { maisonId, code: In([...module.targetSkills]) } })).map((skill) => skill.code));
  for (const code of module.targetSkills) if (!skills.has(code)) issues.push(issue('targetSkills', 'SKILL_UNKNOWN', { code }));
  const questions = new Set((await manager.find(QuestionEntity, { select: { code: true }, where: { maisonId, code: In([...module.questions]) } })).map((question) => question.code));
  for (const code of module.questions) if (!questions.has(code)) issues.push(issue('questions', 'QUESTION_UNKNOWN', { code }));
  if (new Set(module.questions).size !== module.questions.length) issues.push(issue('questions', 'QUESTION_LISTED_TWICE'));
  return issues;
}
