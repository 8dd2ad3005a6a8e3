import { Injectable } from '@nestjs/common';
import { isIsoDate, issue } from '@savoir/domain';
import { In } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { findOrFail, isUuid } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { DomainError } from '../../core/errors/domain-error';
import { UserEntity } from '../identity/entities/user.entity';
import { CohortMemberEntity } from '../organisation/entities/cohort-member.entity';
import { CohortEntity } from '../organisation/entities/cohort.entity';
import { ProgramEntity } from '../studio/entities/program.entity';
import type { EnrolInProgramInput } from './dtos/learning.input';
import type { EnrolmentResultModel } from './dtos/learning.model';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { lockLearners } from './learner-lock';
import { ProgressService } from './progress.service';

/** HR and admins enrol advisors or whole cohorts in programs, with a due date (onboarding: see onboarding-enrolment.ts). */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly progress: ProgressService,
  ) {}

  async enrol(actor: Actor, input: EnrolInProgramInput): Promise<EnrolmentResultModel> {
    if (input.dueOn != null && !isIsoDate(input.dueOn)) throw DomainError.validation([issue('dueOn', 'DUE_DATE_INVALID')]);
    if (!input.userIds?.length && !input.cohortId) throw DomainError.validation([issue('userIds', 'ENROLMENT_TARGET_REQUIRED')]);
    const ids = [input.programId, input.cohortId, ...(input.userIds ?? [])].filter((id): id is string => Boolean(id));
    if (!ids.every(isUuid)) throw DomainError.notFound('The program, cohort or advisor');
    return this.db.run(actor.maisonId, async (manager) => {
      const program = await manager.findOneBy(ProgramEntity, { id: input.programId });
      if (!program) throw DomainError.notFound('The program');
      if (input.cohortId) await findOrFail(manager, CohortEntity, input.cohortId, 'The cohort');
      const cohortMembers = input.cohortId ? (await manager.findBy(CohortMemberEntity, { cohortId: input.cohortId })).map((member) => member.userId) : [];
      const userIds = [...new Set([...(input.userIds ?? []), ...cohortMembers])];
      const advisors = await manager.findBy(UserEntity, { id: In(userIds) });
      const notAdvisors = userIds.filter((id) => !advisors.some((user) => user.id === id && user.roles.includes('ADVISOR')));
      if (input.userIds?.some((id) => notAdvisors.includes(id))) throw DomainError.validation([issue('userIds', 'ENROLMENT_ADVISORS_ONLY')]);
      // Under the advisors' locks: two enrolments of the same advisor at once (a double click, the onboarding's own)
      // run one after the other, and the second finds the first's.
      await lockLearners(manager, advisors.map((advisor) => advisor.id));
      const existing = new Map((await manager.findBy(EnrolmentEntity, { programId: program.id, userId: In(userIds) })).map((enrolment) => [enrolment.userId, enrolment]));
      let enrolled = 0;
      for (const user of advisors.filter((advisor) => advisor.roles.includes('ADVISOR'))) {
        const current = existing.get(user.id);
        if (current) {
          if (input.dueOn !== undefined) await manager.update(EnrolmentEntity, { id: current.id }, { dueOn: input.dueOn });
          continue;
        }
        const created = await manager.save(manager.create(EnrolmentEntity, {
          maisonId: actor.maisonId,
          userId: user.id,
          programId: program.id,
          source: program.onboarding ? 'ONBOARDING' : 'ASSIGNED',
          cohortId: input.cohortId ?? null,
          enrolledBy: actor.userId,
          startsOn: (program.onboarding && user.startDate) || new Date().toISOString().slice(0, 10),
          dueOn: input.dueOn ?? null,
        }));
        // Modules this program shares with one the advisor has worked through count at once.
        await this.progress.settleEnrolment(manager, user, created);
        enrolled += 1;
      }
      return { enrolled, alreadyEnrolled: existing.size };
    });
  }
}
