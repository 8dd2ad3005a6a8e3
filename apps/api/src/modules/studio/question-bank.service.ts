import { Injectable } from '@nestjs/common';
import {
  canonicalJson,
  isContentCode,
  issue,
  mapPresentationTexts,
  presentationAsPlain,
  programQuestionIssues,
  revisePresentationTexts,
  textsByPath,
  type ContentStatus,
  type FieldIssue,
  type Localised,
  type PublishingAction,
  type QuestionType,
  type RowIssue,
  validateQuestionCsv,
} from '@savoir/domain';
import Papa from 'papaparse';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail } from '../../core/database/find-or-fail';
import { assertPage, containsPattern } from '../../core/database/page';
import { TenantDb } from '../../core/database/tenant-db';
import { rethrowUniqueViolation } from '../../core/database/unique-violation';
import { DomainError } from '../../core/errors/domain-error';
import { AuditLog, changedFields } from '../audit/audit-log';
import { parseShape, questionDraftShape, type QuestionDraft } from './content-shapes';
import { ContentVersions, sourceLocaleOf } from './content-versions';
import { QuestionEntity, QuestionVersionEntity } from './entities/question.entity';
import { SkillEntity } from './entities/skill.entity';
import { republishModulesShowing } from './module-pins';

export interface QuestionView {
  question: QuestionEntity;
  latest: QuestionVersionEntity;
  published: QuestionVersionEntity | null;
}

/** A question version as plain package content (texts per locale), for editors, exports and comparisons. */
export function questionDraftOf(version: QuestionVersionEntity): QuestionDraft {
  return { skills: version.skills, difficulty: version.difficulty, key: version.key, presentation: presentationAsPlain(version.presentation) };
}

/** Every field of a version, texts per locale (`prompt.fr`), for the audit trail's before/after. */
export function questionAuditView(version: QuestionVersionEntity): Record<string, unknown> {
  if (!version.presentation) return {}; // a question being created
  const draft = questionDraftOf(version);
  const texts = textsByPath<Localised>((visit) => mapPresentationTexts(draft.presentation, visit));
  return {
    type: version.type,
    difficulty: draft.difficulty,
    skills: draft.skills,
    key: draft.key,
    // An image choice's picture, which is not a text.
    ...Object.fromEntries(Object.entries(draft.presentation.choices ?? {}).flatMap(([id, choice]) => (choice.imageUrl ? [[`choices.${id}.imageUrl`, choice.imageUrl]] : []))),
    ...Object.fromEntries(texts.flatMap(({ path, text }) => Object.entries(text).map(([locale, value]) => [`${path}.${locale}`, value]))),
  };
}

/** The issues of a question draft: its shape, then the domain's checks, then skills the maison has. */
export async function questionDraftIssues(manager: EntityManager, maisonId: string, sourceLocale: string, code: string, draft: QuestionDraft): Promise<FieldIssue[]> {
  const issues = programQuestionIssues({ code, ...draft }, sourceLocale);
  const known = new Set((await manager.find(SkillEntity, { select: { code: true }, where: { maisonId, code: In([...draft.skills]) } })).map((skill) => skill.code));
  for (const skill of draft.skills) if (!known.has(skill)) issues.push(issue('skills', 'SKILL_UNKNOWN', { code: skill }));
  return issues;
}

/** A code taken by another author between the check and the insert (a create or an import racing this one). */
const questionConflicts = { uq_question_code: () => DomainError.taken('CODE_TAKEN', 'A question with this code', 'code') };

/** What a page of the question bank keeps, of each question's latest version. */
export interface QuestionFilter {
  status?: ContentStatus | null;
  type?: QuestionType | null;
  search?: string | null;
  /** Only these questions (a module's, to show them). */
  codes?: readonly string[] | null;
}

/** The maison's question bank: versioned questions, edited as drafts, reviewed and published, every change audited. */
@Injectable()
export class QuestionBankService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  /**
   * One page of the question bank by code, filtered on each question's latest version: its status, its type, a
   * search in its code, skills and prompt (any locale, accents aside), or a list of codes. A bank runs to tens of thousands of
   * questions: only the page's versions are read whole.
   */
  page(actor: Actor, filter: QuestionFilter = {}, offset = 0, limit = 50): Promise<{ items: QuestionView[]; total: number }> {
    assertPage(offset, limit);
    const search = filter.search?.trim();
    // A search starts from the candidates its trigram indexes give (a superset: each is tested below like any question).
    // Under three characters there is no trigram to look up: reading every question is then the quicker way.
    const questions = search && search.length >= 3 ? 'savoir_question_search_candidates($4) candidate JOIN question q ON q.id = candidate' : 'question q';
    return this.db.run(actor.maisonId, async (manager) => {
      const [{ ids, total }]: Array<{ ids: string[]; total: number }> = await manager.query(
        `WITH matching AS (
           SELECT q.id, q.code FROM ${questions}
           CROSS JOIN LATERAL (SELECT v.status, v.type, v.skills, v.presentation FROM question_version v WHERE v.question_id = q.id ORDER BY v.version DESC LIMIT 1) latest
           WHERE q.maison_id = $1 AND ($2::text IS NULL OR latest.status = $2) AND ($3::text IS NULL OR latest.type = $3) AND ($7::text[] IS NULL OR q.code = ANY($7))
             AND ($4::text IS NULL OR q.code ILIKE $4 OR EXISTS (SELECT 1 FROM unnest(latest.skills) skill WHERE skill ILIKE $4)
                  OR EXISTS (SELECT 1 FROM jsonb_each(latest.presentation #> '{prompt,values}') text WHERE unaccent(text.value ->> 'text') ILIKE unaccent($4)))
         )
         SELECT (SELECT count(*)::int FROM matching) AS total,
                ARRAY(SELECT id FROM matching ORDER BY code LIMIT $5 OFFSET $6) AS ids`,
        [actor.maisonId, filter.status ?? null, filter.type ?? null, search ? containsPattern(search) : null, limit, offset, filter.codes ?? null],
      );
      const byId = new Map((await manager.findBy(QuestionEntity, { id: In(ids) })).map((question) => [question.id, question]));
      const items = await QuestionBankService.load(manager, actor.maisonId, ids.map((id) => byId.get(id) as QuestionEntity));
      return { items, total };
    });
  }

  get(actor: Actor, id: string): Promise<QuestionView> {
    return this.db.run(actor.maisonId, async (manager) => {
      const [view] = await QuestionBankService.load(manager, actor.maisonId, [await findOrFail(manager, QuestionEntity, id, 'Question')]);
      return view;
    });
  }

  static async load(manager: EntityManager, maisonId: string, questions: QuestionEntity[]): Promise<QuestionView[]> {
    const { latest, published } = await ContentVersions.current(manager, QuestionVersionEntity, maisonId, questions.map((question) => question.id));
    return questions.map((question) => ({ question, latest: latest.get(question.id) as QuestionVersionEntity, published: published.get(question.id) ?? null }));
  }

  create(actor: Actor, input: { code: string; content: unknown }): Promise<QuestionView> {
    const draft = parseShape<QuestionDraft>(questionDraftShape, input.content);
    DomainError.assertValid(isContentCode(input.code) ? [] : [issue('code', 'CONTENT_CODE_INVALID', { example: 'heritage.q-founding-year' })]);
    return this.db
      .run(actor.maisonId, async (manager) => {
        const sourceLocale = await sourceLocaleOf(manager, actor.maisonId);
        DomainError.assertValid(await questionDraftIssues(manager, actor.maisonId, sourceLocale, input.code, draft));
        const question = await manager.save(manager.create(QuestionEntity, { maisonId: actor.maisonId, code: input.code }));
        const version = manager.create(QuestionVersionEntity, { maisonId: actor.maisonId, questionId: question.id, version: 1, status: 'DRAFT', lastEditorId: actor.userId });
        await QuestionBankService.writeVersion(manager, this.audit, actor, version, draft, sourceLocale, 'created');
        return (await QuestionBankService.load(manager, actor.maisonId, [question]))[0];
      })
      .catch((error) => rethrowUniqueViolation(error, questionConflicts));
  }

  /**
   * Adds the questions of a spreadsheet to the bank as drafts, all or none: one bad row imports nothing, and the
   * error names every row, column and problem.
   */
  importCsv(actor: Actor, csv: string): Promise<QuestionView[]> {
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (header) => header.trim() });
    return this.db
      .run(actor.maisonId, async (manager) => {
        const sourceLocale = await sourceLocaleOf(manager, actor.maisonId);
        const skills = await manager.find(SkillEntity, { select: { code: true }, where: { maisonId: actor.maisonId } });
        const existing = await manager.find(QuestionEntity, { select: { code: true }, where: { maisonId: actor.maisonId } });
        const parseIssues: RowIssue[] = parsed.errors.map((error) => ({ row: (error.row ?? 0) + 2, ...issue('csv', 'CSV_UNREADABLE', { detail: error.message }) }));
        const validation = parseIssues.length
          ? { ok: false as const, issues: parseIssues }
          : validateQuestionCsv(parsed.meta.fields ?? [], parsed.data, { sourceLocale, skillCodes: new Set(skills.map((s) => s.code)), existingCodes: new Set(existing.map((q) => q.code)) });
        if (!validation.ok) {
          const rows = [...new Set(validation.issues.map((issue) => issue.row))];
          throw new DomainError('VALIDATION_FAILED', `Nothing was imported: ${rows.length === 1 ? `row ${rows[0]} has` : `rows ${rows.join(', ')} have`} problems`, { issues: validation.issues });
        }
        const questions: QuestionEntity[] = [];
        for (const { code, ...draft } of validation.questions) {
          const question = await manager.save(manager.create(QuestionEntity, { maisonId: actor.maisonId, code }));
          const version = manager.create(QuestionVersionEntity, { maisonId: actor.maisonId, questionId: question.id, version: 1, status: 'DRAFT', lastEditorId: actor.userId });
          await QuestionBankService.writeVersion(manager, this.audit, actor, version, draft, sourceLocale, 'imported-from-csv');
          questions.push(question);
        }
        return QuestionBankService.load(manager, actor.maisonId, questions);
      })
      .catch((error) => rethrowUniqueViolation(error, questionConflicts));
  }

  /** Saves an edit: into the working draft, or into a new draft version when the latest is published. */
  saveDraft(actor: Actor, input: { questionId: string; content: unknown; baseUpdatedAt?: Date | null }): Promise<QuestionView> {
    const draft = parseShape<QuestionDraft>(questionDraftShape, input.content);
    return this.db.run(actor.maisonId, async (manager) => {
      const question = await findOrFail(manager, QuestionEntity, input.questionId, 'Question', { forUpdate: true });
      await ContentVersions.assertEditOfLatest(manager, QuestionVersionEntity, actor.maisonId, question.id, input.baseUpdatedAt, `Question ${question.code}`);
      const sourceLocale = await sourceLocaleOf(manager, actor.maisonId);
      DomainError.assertValid(await questionDraftIssues(manager, actor.maisonId, sourceLocale, question.code, draft));
      const version = await ContentVersions.draftToEdit(manager, QuestionVersionEntity, actor.maisonId, question.id);
      await QuestionBankService.writeVersion(manager, this.audit, actor, version, draft, sourceLocale, 'draft-saved');
      const [view] = await QuestionBankService.load(manager, actor.maisonId, [question]);
      return view;
    });
  }

  review(actor: Actor, input: { questionId: string; action: PublishingAction }): Promise<QuestionView> {
    return this.db.run(actor.maisonId, async (manager) => {
      const question = await findOrFail(manager, QuestionEntity, input.questionId, 'Question', { forUpdate: true });
      await QuestionBankService.transition(manager, this.audit, actor, question, input.action);
      if (input.action === 'PUBLISH') await republishModulesShowing(manager, this.audit, actor, [question.id]);
      const [view] = await QuestionBankService.load(manager, actor.maisonId, [question]);
      return view;
    });
  }

  /**
   * Moves the question's current version (the working one, or the published one to archive) and audits it.
   * Shared with modules, whose review carries their questions along.
   */
  static async transition(manager: EntityManager, audit: AuditLog, actor: Actor, question: QuestionEntity, action: PublishingAction): Promise<QuestionVersionEntity> {
    const version =
      action === 'ARCHIVE'
        ? await manager.findOneBy(QuestionVersionEntity, { maisonId: question.maisonId, questionId: question.id, status: 'PUBLISHED' })
        : await ContentVersions.working(manager, QuestionVersionEntity, question.maisonId, question.id);
    if (!version) throw new DomainError('INVALID_TRANSITION', `Question ${question.code} has no version that can be ${action === 'ARCHIVE' ? 'archived' : 'moved on'}`);
    const before = version.status;
    await ContentVersions.transition(manager, QuestionVersionEntity, version, action, actor, `Question ${question.code}`);
    await audit.record(manager, actor, { entityType: 'question', entityId: question.id, action: action.toLowerCase().replace('_', '-'), changes: { status: { before, after: version.status }, version: { before: version.version, after: version.version } } });
    return version;
  }

  /** Writes a draft's content into a version (new or working) and audits the change; a save that changes nothing writes nothing. */
  static async writeVersion(manager: EntityManager, audit: AuditLog, actor: Actor, version: QuestionVersionEntity, draft: QuestionDraft, sourceLocale: string, action: string): Promise<void> {
    const before = questionAuditView(version);
    const previous = version.presentation ? canonicalJson(questionDraftOf(version)) : null;
    Object.assign(version, {
      type: draft.key.type,
      difficulty: draft.difficulty,
      skills: [...draft.skills],
      key: draft.key,
      presentation: revisePresentationTexts(version.presentation, draft.presentation, sourceLocale),
      lastEditorId: actor.userId,
    });
    // Saved unchanged (the whole draft, not only what the trail shows): no new version, no entry.
    if (previous === canonicalJson(questionDraftOf(version))) return;
    const changes = changedFields(before, questionAuditView(version));
    await manager.save(version);
    await audit.record(manager, actor, { entityType: 'question', entityId: version.questionId, action, changes: { ...changes, version: { before: null, after: version.version } } });
  }
}
