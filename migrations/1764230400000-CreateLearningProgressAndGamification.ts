import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learn: enrolments (with completion, certification and the stored onboarding time), module progress, the time
 * zone of each answer (streak days), and gamification: the append-only XP ledger (one row per source event), streaks,
 * badge definitions (data) and awards, and consent records (leaderboards are opt-in). Forced row-level security on
 * every table; the ledger, awards and consents are insert-only for the app.
 */
export class CreateLearningProgressAndGamification1764230400000 implements MigrationInterface {
  name = 'CreateLearningProgressAndGamification1764230400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "user_id" uuid NOT NULL, "program_id" uuid NOT NULL, "source" text NOT NULL, "cohort_id" uuid, "enrolled_by" uuid, "starts_on" date NOT NULL, "due_on" date, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "certified_at" TIMESTAMP WITH TIME ZONE, "certification_score" numeric(5,4), "onboarding_days" integer, CONSTRAINT "ck_enrolment_source" CHECK (source IN ('ONBOARDING', 'ASSIGNED')), CONSTRAINT "pk_enrolment" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_enrolment_program" ON "enrolment"  ("program_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_enrolment_user_program" ON "enrolment"  ("user_id", "program_id") `);
    await queryRunner.query(`CREATE TABLE "module_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "module_version_id" uuid NOT NULL, "status" text NOT NULL, "answered" integer NOT NULL, "total" integer NOT NULL, "score" numeric(5,4), "best_score" numeric(5,4), "perfect" boolean NOT NULL, "lesson_read_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_module_progress_status" CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')), CONSTRAINT "pk_module_progress" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_module_progress_user_module" ON "module_progress"  ("user_id", "module_id") `);
    await queryRunner.query(`CREATE TABLE "badge_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "code" text NOT NULL, "criteria" jsonb NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_badge_definition" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_badge_definition_code" ON "badge_definition"  ("maison_id", "code") `);
    await queryRunner.query(`CREATE TABLE "badge_award" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "user_id" uuid NOT NULL, "badge_code" text NOT NULL, "awarded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_badge_award" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_badge_award_user_badge" ON "badge_award"  ("user_id", "badge_code") `);
    await queryRunner.query(`CREATE TABLE "consent_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "granted" boolean NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_consent_record_purpose" CHECK (purpose IN ('LEADERBOARD')), CONSTRAINT "pk_consent_record" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_consent_record_user_purpose" ON "consent_record"  ("user_id", "purpose", "recorded_at") `);
    await queryRunner.query(`CREATE TABLE "learner_streak" ("user_id" uuid NOT NULL, "maison_id" uuid NOT NULL, "state" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_learner_streak" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "xp_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "user_id" uuid NOT NULL, "source_key" text NOT NULL, "amount" integer NOT NULL, "reasons" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_xp_event_amount" CHECK (amount >= 0), CONSTRAINT "pk_xp_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_xp_event_maison_occurred" ON "xp_event"  ("maison_id", "occurred_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_xp_event_source" ON "xp_event"  ("user_id", "source_key") `);
    await queryRunner.query(`ALTER TABLE "attempt" ADD "time_zone" text`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment_enrolled_by" FOREIGN KEY ("enrolled_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_progress" ADD CONSTRAINT "fk_module_progress_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_progress" ADD CONSTRAINT "fk_module_progress_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_progress" ADD CONSTRAINT "fk_module_progress_module" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_progress" ADD CONSTRAINT "fk_module_progress_module_version" FOREIGN KEY ("module_version_id") REFERENCES "module_version"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "badge_definition" ADD CONSTRAINT "fk_badge_definition_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "badge_award" ADD CONSTRAINT "fk_badge_award_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "badge_award" ADD CONSTRAINT "fk_badge_award_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_record" ADD CONSTRAINT "fk_consent_record_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_record" ADD CONSTRAINT "fk_consent_record_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learner_streak" ADD CONSTRAINT "fk_learner_streak_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learner_streak" ADD CONSTRAINT "fk_learner_streak_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "xp_event" ADD CONSTRAINT "fk_xp_event_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "xp_event" ADD CONSTRAINT "fk_xp_event_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON enrolment TO savoir_app`);
    await queryRunner.query(`ALTER TABLE enrolment ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE enrolment FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON enrolment USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON module_progress TO savoir_app`);
    await queryRunner.query(`ALTER TABLE module_progress ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE module_progress FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON module_progress USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    await queryRunner.query(`GRANT SELECT, INSERT ON xp_event TO savoir_app`);
    await queryRunner.query(`ALTER TABLE xp_event ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE xp_event FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON xp_event USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON learner_streak TO savoir_app`);
    await queryRunner.query(`ALTER TABLE learner_streak ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE learner_streak FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON learner_streak USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON badge_definition TO savoir_app`);
    await queryRunner.query(`ALTER TABLE badge_definition ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE badge_definition FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON badge_definition USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    await queryRunner.query(`GRANT SELECT, INSERT ON badge_award TO savoir_app`);
    await queryRunner.query(`ALTER TABLE badge_award ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE badge_award FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON badge_award USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    await queryRunner.query(`GRANT SELECT, INSERT ON consent_record TO savoir_app`);
    await queryRunner.query(`ALTER TABLE consent_record ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE consent_record FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON consent_record USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "xp_event" DROP CONSTRAINT "fk_xp_event_user"`);
    await queryRunner.query(`ALTER TABLE "xp_event" DROP CONSTRAINT "fk_xp_event_maison"`);
    await queryRunner.query(`ALTER TABLE "learner_streak" DROP CONSTRAINT "fk_learner_streak_maison"`);
    await queryRunner.query(`ALTER TABLE "learner_streak" DROP CONSTRAINT "fk_learner_streak_user"`);
    await queryRunner.query(`ALTER TABLE "consent_record" DROP CONSTRAINT "fk_consent_record_user"`);
    await queryRunner.query(`ALTER TABLE "consent_record" DROP CONSTRAINT "fk_consent_record_maison"`);
    await queryRunner.query(`ALTER TABLE "badge_award" DROP CONSTRAINT "fk_badge_award_user"`);
    await queryRunner.query(`ALTER TABLE "badge_award" DROP CONSTRAINT "fk_badge_award_maison"`);
    await queryRunner.query(`ALTER TABLE "badge_definition" DROP CONSTRAINT "fk_badge_definition_maison"`);
    await queryRunner.query(`ALTER TABLE "module_progress" DROP CONSTRAINT "fk_module_progress_module_version"`);
    await queryRunner.query(`ALTER TABLE "module_progress" DROP CONSTRAINT "fk_module_progress_module"`);
    await queryRunner.query(`ALTER TABLE "module_progress" DROP CONSTRAINT "fk_module_progress_user"`);
    await queryRunner.query(`ALTER TABLE "module_progress" DROP CONSTRAINT "fk_module_progress_maison"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "fk_enrolment_enrolled_by"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "fk_enrolment_cohort"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "fk_enrolment_program"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "fk_enrolment_user"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "fk_enrolment_maison"`);
    await queryRunner.query(`ALTER TABLE "attempt" DROP COLUMN "time_zone"`);
    await queryRunner.query(`DROP INDEX "public"."uq_xp_event_source"`);
    await queryRunner.query(`DROP INDEX "public"."ix_xp_event_maison_occurred"`);
    await queryRunner.query(`DROP TABLE "xp_event"`);
    await queryRunner.query(`DROP TABLE "learner_streak"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consent_record_user_purpose"`);
    await queryRunner.query(`DROP TABLE "consent_record"`);
    await queryRunner.query(`DROP INDEX "public"."uq_badge_award_user_badge"`);
    await queryRunner.query(`DROP TABLE "badge_award"`);
    await queryRunner.query(`DROP INDEX "public"."uq_badge_definition_code"`);
    await queryRunner.query(`DROP TABLE "badge_definition"`);
    await queryRunner.query(`DROP INDEX "public"."uq_module_progress_user_module"`);
    await queryRunner.query(`DROP TABLE "module_progress"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrolment_user_program"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolment_program"`);
    await queryRunner.query(`DROP TABLE "enrolment"`);
  }
}
