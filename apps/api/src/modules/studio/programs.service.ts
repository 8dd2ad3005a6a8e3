import { Injectable } from '@nestjs/common';
import { isCertificationThreshold, isContentCode, isSupportedLocale, issue, localisedText, SUPPORTED_LOCALES, withText, type FieldIssue } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail, isUuid } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { rethrowUniqueViolation } from '../../core/database/unique-violation';
import { DomainError } from '../../core/errors/domain-error';
import { AuditLog, changedFields } from '../audit/audit-log';
import { sourceLocaleOf } from './content-versions';
import type { CreateProgramInput, UpdateProgramInput } from './dtos/content.input';
import { ModuleEntity } from './entities/module.entity';
import { ProgramEntity, ProgramModuleEntity } from './entities/program.entity';
import { SkillEntity } from './entities/skill.entity';
import { enrolInOnboarding } from '../learning/onboarding-enrolment';
import { Outbox } from '../../core/events/outbox';

export const programConflicts = {
  uq_program_code: () => DomainError.taken('CODE_TAKEN', 'A program with this code', 'code'),
  uq_program_onboarding: () => new DomainError('ONBOARDING_TAKEN', 'The maison already has an onboarding program: unmark it first', { issues: [issue('onboarding', 'ONBOARDING_TAKEN')] }),
};

function programIssues(input: Partial<CreateProgramInput>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.code !== undefined && !isContentCode(input.code)) issues.push(issue('code', 'CONTENT_CODE_INVALID', { example: 'onboarding' }));
  for (const field of ['title', 'description'] as const) {
    const value = input[field];
    if (value !== undefined && value !== null && !value.trim()) issues.push(issue(field, 'REQUIRED'));
  }
  const threshold = input.certificationThreshold;
  if (threshold !== undefined && threshold !== null && !isCertificationThreshold(threshold)) issues.push(issue('certificationThreshold', 'CERTIFICATION_THRESHOLD_INVALID'));
  return issues;
}

/**
 * Refuses settings or an outline saved over a change another author made after the editor read the program (`base`,
 * its updatedAt then), rather than silently undo it. Without a base the save is not checked. Call under the row lock.
 */
function assertEditOf(program: ProgramEntity, base: Date | null | undefined): void {
  if (base && program.updatedAt.getTime() !== base.getTime()) {
    throw new DomainError('EDIT_CONFLICT', `Program ${program.code} was changed by someone else after you opened it: reload it to see their changes, then edit again`);
  }
}

/** Programs: ordered modules, target skills and a certification threshold; one is the maison's onboarding. */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  list(actor: Actor): Promise<ProgramEntity[]> {
    return this.db.run(actor.maisonId, (manager) => manager.find(ProgramEntity, { where: { maisonId: actor.maisonId }, order: { onboarding: 'DESC', code: 'ASC' } }));
  }

  get(actor: Actor, id: string): Promise<ProgramEntity> {
    return this.db.run(actor.maisonId, (manager) => findOrFail(manager, ProgramEntity, id, 'Program'));
  }

  /** The modules of each program, in order. */
  modulesOf(actor: Actor, programIds: readonly string[]): Promise<Map<string, ModuleEntity[]>> {
    return this.db.run(actor.maisonId, async (manager) => {
      const places = await manager.find(ProgramModuleEntity, { where: { programId: In([...programIds]) }, relations: { module: true }, order: { position: 'ASC' } });
      const byProgram = new Map<string, ModuleEntity[]>();
      for (const place of places) if (place.module) byProgram.set(place.programId, [...(byProgram.get(place.programId) ?? []), place.module]);
      return byProgram;
    });
  }

  create(actor: Actor, input: CreateProgramInput): Promise<ProgramEntity> {
    DomainError.assertValid(programIssues(input));
    return this.db
      .run(actor.maisonId, async (manager) => {
        const sourceLocale = await sourceLocaleOf(manager, actor.maisonId);
        await this.assertSkills(manager, actor.maisonId, input.targetSkills ?? []);
        const program = await manager.save(
          manager.create(ProgramEntity, {
            maisonId: actor.maisonId,
            code: input.code,
            title: localisedText(sourceLocale, input.title.trim()),
            description: localisedText(sourceLocale, input.description.trim()),
            onboarding: input.onboarding,
            certificationThreshold: input.certificationThreshold,
            targetSkills: input.targetSkills ?? [],
          }),
        );
        await this.audit.record(manager, actor, { entityType: 'program', entityId: program.id, action: 'created', changes: changedFields({}, this.auditView(program, sourceLocale)) });
        await enrolInOnboarding(manager, this.outbox, actor.maisonId);
        return program;
      })
      .catch((error) => rethrowUniqueViolation(error, programConflicts));
  }

  /** Changes the settings, or the title/description in one locale (the source locale's edit outdates translations). */
  update(actor: Actor, input: UpdateProgramInput): Promise<ProgramEntity> {
    DomainError.assertValid([
      ...programIssues({ title: input.title ?? undefined, description: input.description ?? undefined, certificationThreshold: input.certificationThreshold ?? undefined }),
      ...(input.locale && !isSupportedLocale(input.locale) ? [issue('locale', 'ONE_OF', { allowed: SUPPORTED_LOCALES.join(', ') })] : []),
    ]);
    if ((input.title || input.description) && !input.locale) throw DomainError.validation([issue('locale', 'LOCALE_REQUIRED_FOR_TEXT')]);
    return this.db
      .run(actor.maisonId, async (manager) => {
        // Locked: two translators saving two locales at once both keep theirs.
        const program = await findOrFail(manager, ProgramEntity, input.id, 'Program', { forUpdate: true });
        assertEditOf(program, input.baseUpdatedAt);
        const locale = input.locale ?? program.title.sourceLocale;
        const before = this.auditView(program, locale);
        if (input.locale && input.title) program.title = withText(program.title, input.locale, input.title.trim());
        if (input.locale && input.description) program.description = withText(program.description, input.locale, input.description.trim());
        if (input.onboarding !== undefined && input.onboarding !== null) program.onboarding = input.onboarding;
        if (input.certificationThreshold) program.certificationThreshold = input.certificationThreshold;
        if (input.targetSkills) {
          await this.assertSkills(manager, actor.maisonId, input.targetSkills);
          program.targetSkills = [...new Set(input.targetSkills)];
        }
        const changes = changedFields(before, this.auditView(program, locale));
        if (Object.keys(changes).length === 0) return program;
        await manager.save(program);
        await this.audit.record(manager, actor, { entityType: 'program', entityId: program.id, action: 'updated', changes });
        await enrolInOnboarding(manager, this.outbox, actor.maisonId);
        return program;
      })
      .catch((error) => rethrowUniqueViolation(error, programConflicts));
  }

  /** Sets the program's modules in order: adding, removing and reordering are one operation. */
  setModules(actor: Actor, input: { programId: string; moduleIds: string[]; baseUpdatedAt?: Date | null }): Promise<ProgramEntity> {
    return this.db.run(actor.maisonId, async (manager) => {
      const program = await findOrFail(manager, ProgramEntity, input.programId, 'Program', { forUpdate: true });
      assertEditOf(program, input.baseUpdatedAt);
      if (new Set(input.moduleIds).size !== input.moduleIds.length) throw DomainError.validation([issue('moduleIds', 'MODULE_LISTED_TWICE')]);
      const modules = input.moduleIds.every(isUuid) ? await manager.findBy(ModuleEntity, { maisonId: actor.maisonId, id: In(input.moduleIds) }) : [];
      DomainError.assertValid(input.moduleIds.filter((id) => !modules.some((module) => module.id === id)).map((id) => issue('moduleIds', 'MODULE_ID_UNKNOWN', { id })));
      const codeOf = new Map(modules.map((module) => [module.id, module.code]));
      const before = (await manager.find(ProgramModuleEntity, { where: { programId: program.id }, relations: { module: true }, order: { position: 'ASC' } })).map((place) => place.module?.code);
      const after = input.moduleIds.map((id) => codeOf.get(id));
      const changes = changedFields({ modules: before }, { modules: after });
      if (Object.keys(changes).length === 0) return program;
      await manager.delete(ProgramModuleEntity, { programId: program.id });
      if (input.moduleIds.length) await manager.insert(ProgramModuleEntity, input.moduleIds.map((moduleId, position) => ({ programId: program.id, moduleId, position, maisonId: actor.maisonId })));
      await this.audit.record(manager, actor, { entityType: 'program', entityId: program.id, action: 'modules-changed', changes });
      // The outline is the program's too: the next editor's base moves with it.
      const touched = await manager.createQueryBuilder().update(ProgramEntity).set({ updatedAt: () => 'clock_timestamp()' }).where('id = :id', { id: program.id }).returning('updated_at').execute();
      program.updatedAt = (touched.raw as Array<{ updated_at: Date }>)[0].updated_at;
      return program;
    });
  }

  private async assertSkills(manager: EntityManager, maisonId: string, codes: readonly string[]): Promise<void> {
    const known = new Set((await manager.find(SkillEntity, { select: { code: true }, where: { maisonId, code: In([...codes]) } })).map((skill) => skill.code));
    DomainError.assertValid(codes.filter((code) => !known.has(code)).map((code) => issue('targetSkills', 'SKILL_UNKNOWN', { code })));
  }

  private auditView(program: ProgramEntity, locale: string): Record<string, unknown> {
    return {
      code: program.code,
      onboarding: program.onboarding,
      certificationThreshold: program.certificationThreshold,
      targetSkills: program.targetSkills,
      [`title.${locale}`]: program.title.values[locale]?.text ?? null,
      [`description.${locale}`]: program.description.values[locale]?.text ?? null,
    };
  }
}
