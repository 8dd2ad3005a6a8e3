import { Injectable } from '@nestjs/common';
import { findPrerequisiteCycle, isContentCode, isSupportedLocale, issue, localisedText, SKILL_CATEGORIES, SUPPORTED_LOCALES, withText, type FieldIssue, type SkillCategory } from '@savoir/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail, isUuid } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { rethrowUniqueViolation } from '../../core/database/unique-violation';
import { DomainError } from '../../core/errors/domain-error';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import { AuditLog, changedFields } from '../audit/audit-log';
import type { CreateSkillInput, SetSkillPrerequisitesInput, UpdateSkillInput } from './dtos/studio.input';
import { SkillPrerequisiteEntity } from './entities/skill-prerequisite.entity';
import { SkillEntity } from './entities/skill.entity';
import { lockSkillGraph } from './skill-import';

const TEXT_MAX_LENGTH = 2000;
const codeTaken = () => DomainError.taken('CODE_TAKEN', 'A skill with this code', 'code');

function textIssues(field: string, text: string | undefined | null): FieldIssue[] {
  if (text === undefined || text === null) return [];
  if (!text.trim()) return [issue(field, 'REQUIRED')];
  if (text.includes('\u0000')) return [issue(field, 'INPUT_NUL')]; // Postgres stores no NUL, in jsonb either
  return text.length > TEXT_MAX_LENGTH ? [issue(field, 'TOO_LONG', { max: TEXT_MAX_LENGTH })] : [];
}

function categoryIssues(category: string | undefined | null): FieldIssue[] {
  return category && !(SKILL_CATEGORIES as readonly string[]).includes(category) ? [issue('category', 'ONE_OF', { allowed: SKILL_CATEGORIES.join(', ') })] : [];
}

/** Skills and their prerequisite graph, as authors manage them; every change is audited. */
@Injectable()
export class SkillsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditLog,
  ) {}

  list(actor: Actor): Promise<SkillEntity[]> {
    return this.db.run(actor.maisonId, (manager) => manager.find(SkillEntity, { order: { code: 'ASC' } }));
  }

  get(actor: Actor, id: string): Promise<SkillEntity> {
    return this.db.run(actor.maisonId, (manager) => findOrFail(manager, SkillEntity, id, 'Skill'));
  }

  /** Prerequisites of each skill, for Skill.prerequisites. */
  prerequisitesOf(actor: Actor, skillIds: readonly string[]): Promise<Map<string, SkillEntity[]>> {
    return this.db.run(actor.maisonId, async (manager) => {
      const edges = await manager.find(SkillPrerequisiteEntity, { where: { skillId: In([...skillIds]) }, relations: { prerequisite: true }, order: { prerequisite: { code: 'ASC' } } });
      const bySkill = new Map<string, SkillEntity[]>();
      for (const edge of edges) if (edge.prerequisite) bySkill.set(edge.skillId, [...(bySkill.get(edge.skillId) ?? []), edge.prerequisite]);
      return bySkill;
    });
  }

  create(actor: Actor, input: CreateSkillInput): Promise<SkillEntity> {
    DomainError.assertValid([
      ...(isContentCode(input.code) ? [] : [issue('code', 'CONTENT_CODE_INVALID', { example: 'heritage.founding-story' })]),
      ...categoryIssues(input.category),
      ...textIssues('name', input.name),
      ...textIssues('description', input.description),
    ]);
    return this.db
      .run(actor.maisonId, async (manager) => {
        const { defaultLocale } = await manager.findOneByOrFail(MaisonEntity, { id: actor.maisonId });
        const skill = await manager.save(
          manager.create(SkillEntity, {
            maisonId: actor.maisonId,
            code: input.code,
            category: input.category,
            name: localisedText(defaultLocale, input.name.trim()),
            description: localisedText(defaultLocale, input.description.trim()),
          }),
        );
        await this.audit.record(manager, actor, { entityType: 'skill', entityId: skill.id, action: 'created', changes: changedFields({}, { code: skill.code, category: skill.category, name: input.name.trim(), description: input.description.trim() }) });
        return skill;
      })
      .catch((error) => rethrowUniqueViolation(error, { uq_skill_code: codeTaken }));
  }

  /** Changes the category, or the name/description in one locale (the source locale's edit outdates translations). */
  update(actor: Actor, input: UpdateSkillInput): Promise<SkillEntity> {
    DomainError.assertValid([
      ...categoryIssues(input.category),
      ...textIssues('name', input.name),
      ...textIssues('description', input.description),
      ...(input.locale && !isSupportedLocale(input.locale) ? [issue('locale', 'ONE_OF', { allowed: SUPPORTED_LOCALES.join(', ') })] : []),
    ]);
    if ((input.name || input.description) && !input.locale) throw DomainError.validation([issue('locale', 'LOCALE_REQUIRED_FOR_TEXT')]);
    return this.db.run(actor.maisonId, async (manager) => {
      // Locked: two translators saving two locales at once both keep theirs.
      const skill = await findOrFail(manager, SkillEntity, input.id, 'Skill', { forUpdate: true });
      const before = { category: skill.category, ...this.texts(skill, input.locale) };
      if (input.category) skill.category = input.category as SkillCategory;
      if (input.locale && input.name) skill.name = withText(skill.name, input.locale, input.name.trim());
      if (input.locale && input.description) skill.description = withText(skill.description, input.locale, input.description.trim());
      const changes = changedFields(before, { category: skill.category, ...this.texts(skill, input.locale) });
      if (Object.keys(changes).length === 0) return skill;
      await manager.save(skill);
      await this.audit.record(manager, actor, { entityType: 'skill', entityId: skill.id, action: 'updated', changes });
      return skill;
    });
  }

  /** Replaces a skill's prerequisites. Refused, naming the loop, when they would close a cycle. */
  setPrerequisites(actor: Actor, input: SetSkillPrerequisitesInput): Promise<SkillEntity> {
    return this.db.run(actor.maisonId, async (manager) => {
      await lockSkillGraph(manager, actor.maisonId);
      const skill = await findOrFail(manager, SkillEntity, input.skillId, 'Skill');
      const wanted = [...new Set(input.prerequisiteIds)];
      const prerequisites = wanted.every(isUuid) ? await manager.findBy(SkillEntity, { id: In(wanted) }) : [];
      const missing = wanted.filter((id) => !prerequisites.some((found) => found.id === id));
      DomainError.assertValid(missing.map((id) => issue('prerequisiteIds', 'SKILL_ID_UNKNOWN', { id })));

      const before = await this.prerequisiteCodes(manager, skill.id);
      await this.assertAcyclic(manager, skill, prerequisites);
      await manager.delete(SkillPrerequisiteEntity, { skillId: skill.id });
      if (prerequisites.length) {
        await manager.insert(SkillPrerequisiteEntity, prerequisites.map((prerequisite) => ({ skillId: skill.id, prerequisiteId: prerequisite.id, maisonId: actor.maisonId })));
      }
      const changes = changedFields({ prerequisites: before }, { prerequisites: prerequisites.map((p) => p.code).sort() });
      if (Object.keys(changes).length) await this.audit.record(manager, actor, { entityType: 'skill', entityId: skill.id, action: 'prerequisites-changed', changes });
      return skill;
    });
  }

  private async assertAcyclic(manager: EntityManager, skill: SkillEntity, prerequisites: SkillEntity[]) {
    const codes = new Map((await manager.find(SkillEntity, { select: { id: true, code: true } })).map((s) => [s.id, s.code]));
    const others = (await manager.find(SkillPrerequisiteEntity)).filter((edge) => edge.skillId !== skill.id);
    const edges = [
      ...others.map((edge) => ({ skill: codes.get(edge.skillId) ?? edge.skillId, prerequisite: codes.get(edge.prerequisiteId) ?? edge.prerequisiteId })),
      ...prerequisites.map((prerequisite) => ({ skill: skill.code, prerequisite: prerequisite.code })),
    ];
    const cycle = findPrerequisiteCycle(edges);
    if (cycle) {
      throw new DomainError('PREREQUISITE_CYCLE', `These prerequisites would form a cycle: ${cycle.join(' → ')}`, {
        issues: [issue('prerequisiteIds', 'PREREQUISITE_WOULD_CYCLE', { cycle: cycle.join(' → ') })],
        cycle,
      });
    }
  }

  private async prerequisiteCodes(manager: EntityManager, skillId: string): Promise<string[]> {
    const edges = await manager.find(SkillPrerequisiteEntity, { where: { skillId }, relations: { prerequisite: true } });
    return edges.map((edge) => edge.prerequisite?.code ?? edge.prerequisiteId).sort();
  }

  private texts(skill: SkillEntity, locale: string | undefined | null) {
    if (!locale) return {};
    return { [`name.${locale}`]: skill.name.values[locale]?.text ?? null, [`description.${locale}`]: skill.description.values[locale]?.text ?? null };
  }
}
