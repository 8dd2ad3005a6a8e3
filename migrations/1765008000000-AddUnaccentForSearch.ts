import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `unaccent`, so that searches find "Écrin" from "ecrin" and "Hélène" from "helene", as authors and admins type
 * them. A trusted extension: the database's owner creates it, no superuser needed.
 */
export class AddUnaccentForSearch1765008000000 implements MigrationInterface {
  name = 'AddUnaccentForSearch1765008000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
