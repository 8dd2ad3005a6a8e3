import type { EntityManager } from 'typeorm';
import { ProgramEntity } from '../studio/entities/program.entity';

/**
 * Every active advisor with a start date is in the maison's onboarding program, from that date. Called in the
 * transaction that creates, imports or changes advisors, and the one that makes a program the onboarding program,
 * so no advisor is ever outside it. Idempotent; returns how many advisors were newly enrolled (all of the maison's
 * when `userIds` is omitted).
 */
export async function enrolInOnboarding(manager: EntityManager, maisonId: string, userIds?: readonly string[]): Promise<number> {
  const program = await manager.findOneBy(ProgramEntity, { maisonId, onboarding: true });
  if (!program) return 0;
  const result: unknown[] = await manager.query(
    `INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on)
     SELECT u.maison_id, u.id, $2, 'ONBOARDING', u.start_date
       FROM app_user u
      WHERE u.maison_id = $1 AND u.active AND u.start_date IS NOT NULL AND 'ADVISOR' = ANY(u.roles)
        AND ($3::uuid[] IS NULL OR u.id = ANY($3::uuid[]))
     ON CONFLICT (user_id, program_id) DO NOTHING
     RETURNING id`,
    [maisonId, program.id, userIds ?? null],
  );
  return result.length;
}
