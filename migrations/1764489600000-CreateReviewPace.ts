import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each advisor's review pace: the factor their FSRS intervals are stretched by, calibrated on the reviews they
 * answer (libs/domain `paceAfterReview`). Personal data of the advisor: forced row-level security, removed with the
 * advisor. No row is the initial pace, so existing advisors need none.
 */
export class CreateReviewPace1764489600000 implements MigrationInterface {
  name = 'CreateReviewPace1764489600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review_pace" ("user_id" uuid NOT NULL, "maison_id" uuid NOT NULL, "scale" double precision NOT NULL, "reviews" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_review_pace_scale" CHECK (scale > 0), CONSTRAINT "pk_review_pace" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "review_pace" ADD CONSTRAINT "fk_review_pace_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_pace" ADD CONSTRAINT "fk_review_pace_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON review_pace TO savoir_app`);
    await queryRunner.query(`ALTER TABLE review_pace ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE review_pace FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON review_pace USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_pace" DROP CONSTRAINT "fk_review_pace_maison"`);
    await queryRunner.query(`ALTER TABLE "review_pace" DROP CONSTRAINT "fk_review_pace_user"`);
    await queryRunner.query(`DROP TABLE "review_pace"`);
  }
}
