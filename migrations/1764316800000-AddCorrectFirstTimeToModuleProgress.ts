import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many of a module's questions the advisor got right on the first try ("4 of 5 right"), kept with the rest of
 * their progress. Existing rows are filled from the attempts: per question of the pinned version, the earliest
 * attempt (ties by id, as the progress rules break them by arrival).
 */
export class AddCorrectFirstTimeToModuleProgress1764316800000 implements MigrationInterface {
  name = 'AddCorrectFirstTimeToModuleProgress1764316800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_progress" ADD "correct_first_time" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`UPDATE module_progress mp SET correct_first_time = counted.right_first
      FROM (
        SELECT firsts.progress_id, count(*) FILTER (WHERE firsts.correct) AS right_first
        FROM (
          SELECT DISTINCT ON (mp2.id, a.question_version_id) mp2.id AS progress_id, a.correct
          FROM module_progress mp2
          JOIN module_version mv ON mv.id = mp2.module_version_id
          JOIN attempt a ON a.user_id = mp2.user_id AND a.question_version_id = ANY(mv.question_version_ids)
          ORDER BY mp2.id, a.question_version_id, a.answered_at, a.created_at
        ) firsts
        GROUP BY firsts.progress_id
      ) counted
      WHERE counted.progress_id = mp.id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_progress" DROP COLUMN "correct_first_time"`);
  }
}
