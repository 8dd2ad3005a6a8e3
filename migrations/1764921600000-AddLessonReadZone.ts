import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The zone of the device a lesson was read on: a reading's streak day is cut in it, as an answer's is. */
export class AddLessonReadZone1764921600000 implements MigrationInterface {
  name = 'AddLessonReadZone1764921600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_progress" ADD "lesson_read_zone" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_progress" DROP COLUMN "lesson_read_zone"`);
  }
}
