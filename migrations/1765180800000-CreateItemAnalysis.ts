import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The maison's item statistics, kept with the time they were computed: an exact analysis of every advisor's first
 * attempts grows with the maison (about 10 s at 5,000 advisors), too slow to run on each visit of the Studio page.
 * The worker computes it nightly and on an author's request; the page reads the last one. One row per maison;
 * `requested_at` later than `analysed_at` means a requested analysis has not finished yet.
 */
export class CreateItemAnalysis1765180800000 implements MigrationInterface {
  name = 'CreateItemAnalysis1765180800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "item_analysis" ("maison_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE, "analysed_at" TIMESTAMP WITH TIME ZONE, "analyses" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "pk_item_analysis" PRIMARY KEY ("maison_id"))`);
    await queryRunner.query(`ALTER TABLE "item_analysis" ADD CONSTRAINT "fk_item_analysis_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON item_analysis TO savoir_app`);
    await queryRunner.query(`ALTER TABLE item_analysis ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE item_analysis FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON item_analysis USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "item_analysis" DROP CONSTRAINT "fk_item_analysis_maison"`);
    await queryRunner.query(`DROP TABLE "item_analysis"`);
  }
}
