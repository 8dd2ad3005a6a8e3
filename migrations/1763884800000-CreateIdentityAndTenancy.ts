import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Maisons, their regions, boutiques, cohorts and users; login sessions; user imports; the transactional outbox. */
export class CreateIdentityAndTenancy1763884800000 implements MigrationInterface {
  name = 'CreateIdentityAndTenancy1763884800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "maison" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "default_locale" text NOT NULL DEFAULT 'en', "default_timezone" text NOT NULL DEFAULT 'UTC', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_maison" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_maison_slug" ON "maison" ("slug") `);
    await queryRunner.query(`CREATE TABLE "outbox_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "type" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_outbox_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_event_pending" ON "outbox_event" ("available_at") WHERE delivered_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_region" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_region_name" ON "region" ("maison_id", "name") `);
    await queryRunner.query(`CREATE TABLE "boutique" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "region_id" uuid NOT NULL, "name" text NOT NULL, "city" text NOT NULL, "country" text NOT NULL, "timezone" text NOT NULL, "locale" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_boutique" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_boutique_region" ON "boutique" ("region_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_boutique_name" ON "boutique" ("maison_id", "name") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text, "roles" text array NOT NULL DEFAULT '{}', "locale" text NOT NULL, "timezone" text NOT NULL, "boutique_id" uuid, "start_date" date, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_app_user_roles" CHECK (roles <@ ARRAY['ADVISOR', 'AUTHOR', 'HR', 'ADMIN']::text[]), CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_app_user_boutique" ON "app_user" ("boutique_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" ("maison_id", "email") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "secret_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_refresh_token" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_user" ON "refresh_token" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_family" ON "refresh_token" ("family_id") `);
    await queryRunner.query(`CREATE TABLE "user_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "file_name" text NOT NULL, "csv" text, "status" text NOT NULL DEFAULT 'PENDING', "total_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "created_users" integer NOT NULL DEFAULT '0', "issues" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_user_import_status" CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED')), CONSTRAINT "pk_user_import" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "cohort" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cohort_kind" CHECK (kind IN ('PILOT', 'CONTROL', 'STANDARD')), CONSTRAINT "pk_cohort" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cohort_name" ON "cohort" ("maison_id", "name") `);
    await queryRunner.query(`CREATE TABLE "cohort_member" ("cohort_id" uuid NOT NULL, "user_id" uuid NOT NULL, "maison_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_cohort_member" PRIMARY KEY ("cohort_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_cohort_member_user" ON "cohort_member" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD CONSTRAINT "fk_outbox_event_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "region" ADD CONSTRAINT "fk_region_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "boutique" ADD CONSTRAINT "fk_boutique_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "boutique" ADD CONSTRAINT "fk_boutique_region" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_boutique" FOREIGN KEY ("boutique_id") REFERENCES "boutique"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_import" ADD CONSTRAINT "fk_user_import_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_import" ADD CONSTRAINT "fk_user_import_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort" ADD CONSTRAINT "fk_cohort_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_member" ADD CONSTRAINT "fk_cohort_member_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_member" ADD CONSTRAINT "fk_cohort_member_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort_member" ADD CONSTRAINT "fk_cohort_member_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cohort_member" DROP CONSTRAINT "fk_cohort_member_user"`);
    await queryRunner.query(`ALTER TABLE "cohort_member" DROP CONSTRAINT "fk_cohort_member_cohort"`);
    await queryRunner.query(`ALTER TABLE "cohort_member" DROP CONSTRAINT "fk_cohort_member_maison"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP CONSTRAINT "fk_cohort_maison"`);
    await queryRunner.query(`ALTER TABLE "user_import" DROP CONSTRAINT "fk_user_import_requested_by"`);
    await queryRunner.query(`ALTER TABLE "user_import" DROP CONSTRAINT "fk_user_import_maison"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_maison"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_boutique"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_maison"`);
    await queryRunner.query(`ALTER TABLE "boutique" DROP CONSTRAINT "fk_boutique_region"`);
    await queryRunner.query(`ALTER TABLE "boutique" DROP CONSTRAINT "fk_boutique_maison"`);
    await queryRunner.query(`ALTER TABLE "region" DROP CONSTRAINT "fk_region_maison"`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP CONSTRAINT "fk_outbox_event_maison"`);
    await queryRunner.query(`DROP INDEX "ix_cohort_member_user"`);
    await queryRunner.query(`DROP TABLE "cohort_member"`);
    await queryRunner.query(`DROP INDEX "uq_cohort_name"`);
    await queryRunner.query(`DROP TABLE "cohort"`);
    await queryRunner.query(`DROP TABLE "user_import"`);
    await queryRunner.query(`DROP INDEX "ix_refresh_token_family"`);
    await queryRunner.query(`DROP INDEX "ix_refresh_token_user"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "uq_app_user_email"`);
    await queryRunner.query(`DROP INDEX "ix_app_user_boutique"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "uq_boutique_name"`);
    await queryRunner.query(`DROP INDEX "ix_boutique_region"`);
    await queryRunner.query(`DROP TABLE "boutique"`);
    await queryRunner.query(`DROP INDEX "uq_region_name"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "ix_outbox_event_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP INDEX "uq_maison_slug"`);
    await queryRunner.query(`DROP TABLE "maison"`);
  }
}
