import { onboardingDays } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import type { Outbox } from '../../core/events/outbox';
import { ProgramEntity } from '../studio/entities/program.entity';

/**
 * Every active advisor with a start date is in the maison's onboarding program, from that date. Called in the
 * transaction that creates, imports or changes advisors, and the one that makes a program the onboarding program,
 * so no advisor is ever outside it. Idempotent; returns how many advisors were newly enrolled (all of the maison's
 * when `userIds` is omitted). Each new enrolment is announced (`enrolment.created`): the worker settles it, so the
 * modules an advisor finished already count (a new onboarding program reusing modules, say), without this
 * transaction working through every advisor's progress. Advisors certified in the program before it became the
 * onboarding program (an HR assignment, say) are given their onboarding time then, as certification would have.
 */
export async function enrolInOnboarding(manager: EntityManager, outbox: Outbox, maisonId: string, userIds?: readonly string[]): Promise<number> {
  const program = await manager.findOneBy(ProgramEntity, { maisonId, onboarding: true });
  if (!program) return 0;
  const enrolled: Array<{ id: string; user_id: string }> = await manager.query(
    `INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on)
     SELECT u.maison_id, u.id, $2, 'ONBOARDING', u.start_date
       FROM app_user u
      WHERE u.maison_id = $1 AND u.active AND u.start_date IS NOT NULL AND 'ADVISOR' = ANY(u.roles)
        AND ($3::uuid[] IS NULL OR u.id = ANY($3::uuid[]))
     ON CONFLICT (user_id, program_id) DO NOTHING
     RETURNING id, user_id`,
    [maisonId, program.id, userIds ?? null],
  );
  await outbox.publishEach(manager, maisonId, 'enrolment.created', enrolled.map((row) => ({ userId: row.user_id, enrolmentId: row.id })));
  await recordOnboardingTimes(manager, program.id, userIds);
  return enrolled.length;
}

/** Days from start date to certification for the program's certified enrolments that have none (`settleEnrolment`'s rule). */
async function recordOnboardingTimes(manager: EntityManager, programId: string, userIds?: readonly string[]): Promise<void> {
  const certified: Array<{ id: string; certifiedAt: Date; startDate: string; timezone: string }> = await manager.query(
    `SELECT e.id, e.certified_at AS "certifiedAt", u.start_date::text AS "startDate", u.timezone
       FROM enrolment e JOIN app_user u ON u.id = e.user_id
      WHERE e.program_id = $1 AND e.certified_at IS NOT NULL AND e.onboarding_days IS NULL AND u.start_date IS NOT NULL
        AND ($2::uuid[] IS NULL OR u.id = ANY($2::uuid[]))`,
    [programId, userIds ?? null],
  );
  if (!certified.length) return;
  await manager.query(`UPDATE enrolment e SET onboarding_days = timed.days FROM unnest($1::uuid[], $2::int[]) AS timed(id, days) WHERE e.id = timed.id`, [
    certified.map((row) => row.id),
    certified.map((row) => onboardingDays(row.startDate, row.certifiedAt, row.timezone)),
  ]);
}
