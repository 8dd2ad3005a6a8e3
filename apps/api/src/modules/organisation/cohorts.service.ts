import { Injectable } from '@nestjs/common';
import { COHORT_KINDS, issue, nameIssues } from '@savoir/domain';
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

/**
 * The most user ids one change of a cohort's members may name. Larger lists are refused before the database is
 * read: the admin screens add and remove a page of people at a time, and a list of tens of thousands is a mistake.
 */
export const COHORT_MEMBER_IDS_MAX = 1000;

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

  /** Members of each cohort, in name order, read at once for all of them (Cohort.members of a list of cohorts). */
  membersOfCohorts(actor: Actor, cohortIds: readonly string[]): Promise<Map<string, UserEntity[]>> {
    return this.db.run(actor.maisonId, async (manager) => {
      const memberships = await manager
        .createQueryBuilder(CohortMemberEntity, 'member')
        .innerJoinAndSelect('member.user', 'user')
        .where('member.cohort_id = ANY(:cohortIds::uuid[])', { cohortIds: [...cohortIds] })
        .orderBy('user.display_name', 'ASC')
        .addOrderBy('user.id', 'ASC')
        .getMany();
      return grouped(memberships, (membership) => [membership.cohortId, membership.user]);
    });
  }

  memberCounts(actor: Actor, cohortIds: readonly string[]): Promise<Map<string, number>> {
    return this.db.run(actor.maisonId, async (manager) => {
      const rows: Array<{ cohort_id: string; count: string }> = await manager
        .createQueryBuilder(CohortMemberEntity, 'member')
        .select('member.cohort_id', 'cohort_id')
        .addSelect('count(*)', 'count')
        .where('member.cohort_id = ANY(:ids::uuid[])', { ids: [...cohortIds] })
        .groupBy('member.cohort_id')
        .getRawMany();
      return new Map(rows.map((row) => [row.cohort_id, Number(row.count)]));
    });
  }

  /** Cohorts of each user, for User.cohorts. */
  cohortsOfUsers(actor: Actor, userIds: readonly string[]): Promise<Map<string, CohortEntity[]>> {
    return this.db.run(actor.maisonId, async (manager) => {
      const memberships = await manager
        .createQueryBuilder(CohortMemberEntity, 'member')
        .innerJoinAndSelect('member.cohort', 'cohort')
        .where('member.user_id = ANY(:userIds::uuid[])', { userIds: [...userIds] })
        .getMany();
      return grouped(memberships, (membership) => [membership.userId, membership.cohort]);
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
        const cohort = await findOrFail(manager, CohortEntity, input.id, 'Cohort', { forUpdate: true });
        if (input.name) cohort.name = input.name.trim();
        if (input.description !== undefined && input.description !== null) cohort.description = input.description.trim();
        return manager.save(cohort);
      })
      .catch((error) => rethrowUniqueViolation(error, { uq_cohort_name: cohortNameTaken }));
  }

  /** Adds advisors; adding someone already in the cohort changes nothing. */
  async addMembers(actor: Actor, input: CohortMembersInput): Promise<CohortEntity> {
    assertMemberIdsWithinCap(input.userIds);
    return this.db.run(actor.maisonId, async (manager) => {
      const cohort = await findOrFail(manager, CohortEntity, input.cohortId, 'Cohort');
      const userIds = [...new Set(input.userIds)];
      const users = userIds.every(isUuid)
        ? await manager.createQueryBuilder(UserEntity, 'user').where('user.id = ANY(:userIds::uuid[])', { userIds }).getMany()
        : [];
      const found = new Map(users.map((user) => [user.id, user]));
      const issues = userIds.flatMap((id) => {
        const user = found.get(id);
        if (!user) return [issue('userIds', 'USER_UNKNOWN', { id })];
        if (!user.roles.includes('ADVISOR')) return [issue('userIds', 'NOT_AN_ADVISOR', { name: user.displayName })];
        return [];
      });
      DomainError.assertValid(issues);
      await manager.query(
        `INSERT INTO cohort_member (cohort_id, user_id, maison_id) SELECT $1, user_id, $2 FROM unnest($3::uuid[]) AS user_id ON CONFLICT DO NOTHING`,
        [cohort.id, actor.maisonId, userIds],
      );
      return cohort;
    });
  }

  async removeMembers(actor: Actor, input: CohortMembersInput): Promise<CohortEntity> {
    assertMemberIdsWithinCap(input.userIds);
    return this.db.run(actor.maisonId, async (manager) => {
      const cohort = await findOrFail(manager, CohortEntity, input.cohortId, 'Cohort');
      const userIds = input.userIds.filter(isUuid);
      if (userIds.length) await manager.query(`DELETE FROM cohort_member WHERE cohort_id = $1 AND user_id = ANY($2::uuid[])`, [cohort.id, userIds]);
      return cohort;
    });
  }
}

/** The memberships' other side, grouped by one side, in the memberships' order. */
function grouped<T, V>(memberships: readonly T[], sides: (membership: T) => [string, V | undefined]): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const membership of memberships) {
    const [key, value] = sides(membership);
    if (!value) continue;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** Refuses, before any read, a list of ids longer than a cohort change may name. */
function assertMemberIdsWithinCap(userIds: readonly string[]): void {
  if (userIds.length > COHORT_MEMBER_IDS_MAX) throw DomainError.validation([issue('userIds', 'LIST_TOO_LONG', { max: COHORT_MEMBER_IDS_MAX })]);
}

function descriptionIssues(description: string | null | undefined) {
  return description && description.length > DESCRIPTION_MAX_LENGTH
    ? [issue('description', 'TOO_LONG', { max: DESCRIPTION_MAX_LENGTH })]
    : [];
}
