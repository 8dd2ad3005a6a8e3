import { Injectable } from '@nestjs/common';
import { COHORT_KINDS, issue, nameIssues } from '@savoir/domain';
import { In } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail, isUuid } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { rethrowUniqueViolation } from '../../core/database/unique-violation';
import { DomainError } from '../../core/errors/domain-error';
import { UserEntity } from '../identity/entities/user.entity';
import type { CohortMembersInput, CreateCohortInput, UpdateCohortInput } from './dtos/organisation.input';
import { CohortMemberEntity } from './entities/cohort-member.entity';
import { CohortEntity } from './entities/cohort.entity';

const cohortNameTaken = () => DomainError.taken('NAME_TAKEN', 'A cohort with this name', 'name');
const DESCRIPTION_MAX_LENGTH = 500;

/** Cohorts: named groups of advisors, PILOT and CONTROL ones compared in Insights. */
@Injectable()
export class CohortsService {
  constructor(private readonly db: TenantDb) {}

  list(actor: Actor): Promise<CohortEntity[]> {
    return this.db.run(actor.maisonId, (manager) => manager.find(CohortEntity, { order: { name: 'ASC' } }));
  }

  get(actor: Actor, id: string): Promise<CohortEntity> {
    return this.db.run(actor.maisonId, (manager) => findOrFail(manager, CohortEntity, id, 'Cohort'));
  }

  members(actor: Actor, cohortId: string): Promise<UserEntity[]> {
    return this.db.run(actor.maisonId, (manager) =>
      manager
        .createQueryBuilder(UserEntity, 'user')
        .innerJoin(CohortMemberEntity, 'member', 'member.user_id = user.id')
        .where('member.cohort_id = :cohortId', { cohortId })
        .orderBy('user.display_name', 'ASC')
        .getMany(),
    );
  }

  memberCounts(actor: Actor, cohortIds: readonly string[]): Promise<Map<string, number>> {
    return this.db.run(actor.maisonId, async (manager) => {
      const rows: Array<{ cohort_id: string; count: string }> = await manager
        .createQueryBuilder(CohortMemberEntity, 'member')
        .select('member.cohort_id', 'cohort_id')
        .addSelect('count(*)', 'count')
        .where('member.cohort_id IN (:...ids)', { ids: [...cohortIds] })
        .groupBy('member.cohort_id')
        .getRawMany();
      return new Map(rows.map((row) => [row.cohort_id, Number(row.count)]));
    });
  }

  /** Cohorts of each user, for User.cohorts. */
  cohortsOfUsers(actor: Actor, userIds: readonly string[]): Promise<Map<string, CohortEntity[]>> {
    return this.db.run(actor.maisonId, async (manager) => {
      const memberships = await manager.find(CohortMemberEntity, { where: { userId: In([...userIds]) }, relations: { cohort: true } });
      const byUser = new Map<string, CohortEntity[]>();
      for (const membership of memberships) {
        if (membership.cohort) byUser.set(membership.userId, [...(byUser.get(membership.userId) ?? []), membership.cohort]);
      }
      return byUser;
    });
  }

  create(actor: Actor, input: CreateCohortInput): Promise<CohortEntity> {
    DomainError.assertValid([...nameIssues('name', input.name), ...descriptionIssues(input.description)]);
    if (!COHORT_KINDS.includes(input.kind)) throw DomainError.validation([issue('kind', 'ONE_OF', { allowed: COHORT_KINDS.join(', ') })]);
    return this.db
      .run(actor.maisonId, (manager) =>
        manager.save(manager.create(CohortEntity, { maisonId: actor.maisonId, name: input.name.trim(), kind: input.kind, description: input.description?.trim() ?? '' })),
      )
      .catch((error) => rethrowUniqueViolation(error, { uq_cohort_name: cohortNameTaken }));
  }

  update(actor: Actor, input: UpdateCohortInput): Promise<CohortEntity> {
    DomainError.assertValid([...nameIssues('name', input.name ?? undefined), ...descriptionIssues(input.description)]);
    return this.db
      .run(actor.maisonId, async (manager) => {
        const cohort = await findOrFail(manager, CohortEntity, input.id, 'Cohort');
        if (input.name) cohort.name = input.name.trim();
        if (input.description !== undefined && input.description !== null) cohort.description = input.description.trim();
        return manager.save(cohort);
      })
      .catch((error) => rethrowUniqueViolation(error, { uq_cohort_name: cohortNameTaken }));
  }

  /** Adds advisors; adding someone already in the cohort changes nothing. */
  addMembers(actor: Actor, input: CohortMembersInput): Promise<CohortEntity> {
    return this.db.run(actor.maisonId, async (manager) => {
      const cohort = await findOrFail(manager, CohortEntity, input.cohortId, 'Cohort');
      const userIds = [...new Set(input.userIds)];
      const users = userIds.every(isUuid) ? await manager.findBy(UserEntity, { id: In(userIds) }) : [];
      const found = new Map(users.map((user) => [user.id, user]));
      const issues = userIds.flatMap((id) => {
        const user = found.get(id);
        if (!user) return [issue('userIds', 'USER_UNKNOWN', { id })];
        if (!user.roles.includes('ADVISOR')) return [issue('userIds', 'NOT_AN_ADVISOR', { name: user.displayName })];
        return [];
      });
      DomainError.assertValid(issues);
      await manager
        .createQueryBuilder()
        .insert()
        .into(CohortMemberEntity)
        .values(userIds.map((userId) => ({ cohortId: cohort.id, userId, maisonId: actor.maisonId })))
        .orIgnore()
        .execute();
      return cohort;
    });
  }

  removeMembers(actor: Actor, input: CohortMembersInput): Promise<CohortEntity> {
    return this.db.run(actor.maisonId, async (manager) => {
      const cohort = await findOrFail(manager, CohortEntity, input.cohortId, 'Cohort');
      const userIds = input.userIds.filter(isUuid);
      if (userIds.length) await manager.delete(CohortMemberEntity, { cohortId: cohort.id, userId: In(userIds) });
      return cohort;
    });
  }
}

function descriptionIssues(description: string | null | undefined) {
  return description && description.length > DESCRIPTION_MAX_LENGTH
    ? [issue('description', 'TOO_LONG', { max: DESCRIPTION_MAX_LENGTH })]
    : [];
}
