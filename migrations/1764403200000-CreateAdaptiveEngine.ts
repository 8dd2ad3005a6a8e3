import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['skill_mastery', 'review_card', 'item_calibration', 'item_response', 'challenge', 'challenge_item'];

/**
 * The adaptive engine's state: each advisor's ability per skill and FSRS review card per skill, what is known of
 * each question's difficulty and the responses calibration re-reads nightly, the challenges generated for each
 * advisor with every item's reason, and the retention each maison's spaced review aims at. Forced row-level
 * security on every new table; item responses are append-only for the app. `savoir_maison_ids()` lets scheduled
 * jobs find the maisons to visit.
 */
export class CreateAdaptiveEngine1764403200000 implements MigrationInterface {
  name = 'CreateAdaptiveEngine1764403200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "local_date" date NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_challenge_kind" CHECK (kind IN ('DAILY', 'GAP', 'PLACEMENT')), CONSTRAINT "pk_challenge" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_challenge_user_generated" ON "challenge"  ("user_id", "generated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_challenge_daily" ON "challenge"  ("user_id", "local_date") WHERE kind = 'DAILY'`);
    await queryRunner.query(`CREATE TABLE "challenge_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "position" smallint NOT NULL, "question_id" uuid NOT NULL, "skill_code" text NOT NULL, "reason" text NOT NULL, "predicted_success" double precision NOT NULL, CONSTRAINT "ck_challenge_item_reason" CHECK (reason IN ('GAP', 'REVIEW', 'STRETCH', 'HERITAGE', 'PLACEMENT')), CONSTRAINT "pk_challenge_item" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_challenge_item_position" ON "challenge_item"  ("challenge_id", "position") `);
    await queryRunner.query(`CREATE TABLE "skill_mastery" ("user_id" uuid NOT NULL, "skill_code" text NOT NULL, "maison_id" uuid NOT NULL, "mean" double precision NOT NULL, "variance" double precision NOT NULL, "evidence" integer NOT NULL, "estimated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_skill_mastery" PRIMARY KEY ("user_id", "skill_code"))`);
    await queryRunner.query(`CREATE TABLE "review_card" ("user_id" uuid NOT NULL, "skill_code" text NOT NULL, "maison_id" uuid NOT NULL, "card" jsonb NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_review_card" PRIMARY KEY ("user_id", "skill_code"))`);
    await queryRunner.query(`CREATE INDEX "ix_review_card_due" ON "review_card"  ("user_id", "due_at") `);
    await queryRunner.query(`CREATE TABLE "item_calibration" ("question_id" uuid NOT NULL, "maison_id" uuid NOT NULL, "difficulty" double precision NOT NULL, "variance" double precision NOT NULL, "guess" double precision NOT NULL, "responses" integer NOT NULL, "calibrated_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_item_calibration_guess" CHECK (guess >= 0 AND guess < 1), CONSTRAINT "pk_item_calibration" PRIMARY KEY ("question_id"))`);
    await queryRunner.query(`CREATE TABLE "item_response" ("attempt_id" uuid NOT NULL, "maison_id" uuid NOT NULL, "question_id" uuid NOT NULL, "ability" double precision NOT NULL, "score" double precision NOT NULL, CONSTRAINT "pk_item_response" PRIMARY KEY ("attempt_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_item_response_question" ON "item_response"  ("question_id") `);
    await queryRunner.query(`ALTER TABLE "maison" ADD "desired_retention" numeric(3,2) NOT NULL DEFAULT 0.90`);
    await queryRunner.query(`ALTER TABLE "maison" ADD CONSTRAINT "ck_maison_desired_retention" CHECK (desired_retention > 0.7 AND desired_retention < 1)`);
    await queryRunner.query(`ALTER TABLE "challenge" ADD CONSTRAINT "fk_challenge_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "challenge" ADD CONSTRAINT "fk_challenge_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "challenge_item" ADD CONSTRAINT "fk_challenge_item_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "challenge_item" ADD CONSTRAINT "fk_challenge_item_challenge" FOREIGN KEY ("challenge_id") REFERENCES "challenge"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "challenge_item" ADD CONSTRAINT "fk_challenge_item_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_mastery" ADD CONSTRAINT "fk_skill_mastery_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_mastery" ADD CONSTRAINT "fk_skill_mastery_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_card" ADD CONSTRAINT "fk_review_card_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_card" ADD CONSTRAINT "fk_review_card_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_calibration" ADD CONSTRAINT "fk_item_calibration_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_calibration" ADD CONSTRAINT "fk_item_calibration_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_response" ADD CONSTRAINT "fk_item_response_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_response" ADD CONSTRAINT "fk_item_response_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "item_response" ADD CONSTRAINT "fk_item_response_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON skill_mastery TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON review_card TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON item_calibration TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON item_response TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON challenge TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON challenge_item TO savoir_app`);
    // Scheduled jobs (the daily fan-out, nightly calibration) visit every maison: they may list their ids, nothing more.
    await queryRunner.query(`CREATE FUNCTION savoir_maison_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT id FROM maison ORDER BY id $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION savoir_maison_ids() FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION savoir_maison_ids() TO savoir_app`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON ${table} USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION savoir_maison_ids()`);
    await queryRunner.query(`ALTER TABLE "item_response" DROP CONSTRAINT "fk_item_response_question"`);
    await queryRunner.query(`ALTER TABLE "item_response" DROP CONSTRAINT "fk_item_response_maison"`);
    await queryRunner.query(`ALTER TABLE "item_response" DROP CONSTRAINT "fk_item_response_attempt"`);
    await queryRunner.query(`ALTER TABLE "item_calibration" DROP CONSTRAINT "fk_item_calibration_maison"`);
    await queryRunner.query(`ALTER TABLE "item_calibration" DROP CONSTRAINT "fk_item_calibration_question"`);
    await queryRunner.query(`ALTER TABLE "review_card" DROP CONSTRAINT "fk_review_card_maison"`);
    await queryRunner.query(`ALTER TABLE "review_card" DROP CONSTRAINT "fk_review_card_user"`);
    await queryRunner.query(`ALTER TABLE "skill_mastery" DROP CONSTRAINT "fk_skill_mastery_maison"`);
    await queryRunner.query(`ALTER TABLE "skill_mastery" DROP CONSTRAINT "fk_skill_mastery_user"`);
    await queryRunner.query(`ALTER TABLE "challenge_item" DROP CONSTRAINT "fk_challenge_item_question"`);
    await queryRunner.query(`ALTER TABLE "challenge_item" DROP CONSTRAINT "fk_challenge_item_challenge"`);
    await queryRunner.query(`ALTER TABLE "challenge_item" DROP CONSTRAINT "fk_challenge_item_maison"`);
    await queryRunner.query(`ALTER TABLE "challenge" DROP CONSTRAINT "fk_challenge_user"`);
    await queryRunner.query(`ALTER TABLE "challenge" DROP CONSTRAINT "fk_challenge_maison"`);
    await queryRunner.query(`ALTER TABLE "maison" DROP CONSTRAINT "ck_maison_desired_retention"`);
    await queryRunner.query(`ALTER TABLE "maison" DROP COLUMN "desired_retention"`);
    await queryRunner.query(`DROP INDEX "public"."ix_item_response_question"`);
    await queryRunner.query(`DROP TABLE "item_response"`);
    await queryRunner.query(`DROP TABLE "item_calibration"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_card_due"`);
    await queryRunner.query(`DROP TABLE "review_card"`);
    await queryRunner.query(`DROP TABLE "skill_mastery"`);
    await queryRunner.query(`DROP INDEX "public"."uq_challenge_item_position"`);
    await queryRunner.query(`DROP TABLE "challenge_item"`);
    await queryRunner.query(`DROP INDEX "public"."uq_challenge_daily"`);
    await queryRunner.query(`DROP INDEX "public"."ix_challenge_user_generated"`);
    await queryRunner.query(`DROP TABLE "challenge"`);
  }
}
