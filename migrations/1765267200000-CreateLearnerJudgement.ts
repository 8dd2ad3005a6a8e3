import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each advisor's judgement (libs/domain `judgement`): the mixture of tracers moved with the learner model on every
 * answer, and the probability each skill is known as judged after that answer, which the advisor's gaps, their path
 * and HR's gap counts read. Personal data of the advisor: forced row-level security, removed with the advisor. No row
 * (an advisor who has not answered since) is judged by the learner model alone, so existing advisors need none.
 */
export class CreateLearnerJudgement1765267200000 implements MigrationInterface {
  name = 'CreateLearnerJudgement1765267200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "learner_judgement" ("user_id" uuid NOT NULL, "maison_id" uuid NOT NULL, "mixture" jsonb NOT NULL, "judged" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_learner_judgement" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "learner_judgement" ADD CONSTRAINT "fk_learner_judgement_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learner_judgement" ADD CONSTRAINT "fk_learner_judgement_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON learner_judgement TO savoir_app`);
    await queryRunner.query(`ALTER TABLE learner_judgement ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE learner_judgement FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON learner_judgement USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learner_judgement" DROP CONSTRAINT "fk_learner_judgement_maison"`);
    await queryRunner.query(`ALTER TABLE "learner_judgement" DROP CONSTRAINT "fk_learner_judgement_user"`);
    await queryRunner.query(`DROP TABLE "learner_judgement"`);
  }
}
