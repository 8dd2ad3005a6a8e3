import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['question', 'question_version', 'module', 'module_version', 'program', 'program_module'];

/**
 * Studio's versioned content: the question bank, modules and programs, each under forced row-level security. A
 * maison's onboarding program is unique; a question or module has at most one working (DRAFT or IN_REVIEW) and one
 * PUBLISHED version at a time. Versions are never deleted by the app: attempts point at them.
 */
export class CreateProgramsModulesAndQuestions1764057600000 implements MigrationInterface {
  name = 'CreateProgramsModulesAndQuestions1764057600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "code" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_module_kind" CHECK (kind IN ('LESSON', 'QUIZ', 'HERITAGE_CHALLENGE', 'PRODUCT_CHALLENGE', 'ROLEPLAY')), CONSTRAINT "pk_module" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_module_code" ON "module"  ("maison_id", "code") `);
    await queryRunner.query(`CREATE TABLE "module_version" ("maison_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "last_editor_id" uuid NOT NULL, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "estimated_minutes" smallint NOT NULL, "target_skills" text array NOT NULL, "questions" text array NOT NULL, "texts" jsonb NOT NULL, "question_version_ids" uuid array, CONSTRAINT "ck_module_version_status" CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "pk_module_version" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_module_version_published" ON "module_version"  ("module_id") WHERE status = 'PUBLISHED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_module_version_working" ON "module_version"  ("module_id") WHERE status IN ('DRAFT', 'IN_REVIEW')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_module_version" ON "module_version"  ("module_id", "version") `);
    await queryRunner.query(`CREATE TABLE "program" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "code" text NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL, "onboarding" boolean NOT NULL DEFAULT false, "certification_threshold" numeric(4,3) NOT NULL, "target_skills" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_program_threshold" CHECK (certification_threshold > 0 AND certification_threshold <= 1), CONSTRAINT "pk_program" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_program_onboarding" ON "program"  ("maison_id") WHERE onboarding`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_program_code" ON "program"  ("maison_id", "code") `);
    await queryRunner.query(`CREATE TABLE "program_module" ("program_id" uuid NOT NULL, "module_id" uuid NOT NULL, "maison_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "pk_program_module" PRIMARY KEY ("program_id", "module_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_program_module_module" ON "program_module"  ("module_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_program_module_position" ON "program_module"  ("program_id", "position") `);
    await queryRunner.query(`CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_question" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_question_code" ON "question"  ("maison_id", "code") `);
    await queryRunner.query(`CREATE TABLE "question_version" ("maison_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "last_editor_id" uuid NOT NULL, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "type" text NOT NULL, "difficulty" smallint NOT NULL, "skills" text array NOT NULL, "key" jsonb NOT NULL, "presentation" jsonb NOT NULL, CONSTRAINT "ck_question_version_status" CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "pk_question_version" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_question_version_published" ON "question_version"  ("question_id") WHERE status = 'PUBLISHED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_question_version_working" ON "question_version"  ("question_id") WHERE status IN ('DRAFT', 'IN_REVIEW')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_question_version" ON "question_version"  ("question_id", "version") `);
    await queryRunner.query(`ALTER TABLE "maison" ADD "four_eyes_publishing" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "module" ADD CONSTRAINT "fk_module_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_version" ADD CONSTRAINT "fk_module_version_module" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_version" ADD CONSTRAINT "fk_module_version_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program" ADD CONSTRAINT "fk_program_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_module" ADD CONSTRAINT "fk_program_module_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_module" ADD CONSTRAINT "fk_program_module_program" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_module" ADD CONSTRAINT "fk_program_module_module" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question" ADD CONSTRAINT "fk_question_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question_version" ADD CONSTRAINT "fk_question_version_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question_version" ADD CONSTRAINT "fk_question_version_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON program, program_module TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON question, question_version, module, module_version TO savoir_app`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON ${table}
        USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_version" DROP CONSTRAINT "fk_question_version_maison"`);
    await queryRunner.query(`ALTER TABLE "question_version" DROP CONSTRAINT "fk_question_version_question"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "fk_question_maison"`);
    await queryRunner.query(`ALTER TABLE "program_module" DROP CONSTRAINT "fk_program_module_module"`);
    await queryRunner.query(`ALTER TABLE "program_module" DROP CONSTRAINT "fk_program_module_program"`);
    await queryRunner.query(`ALTER TABLE "program_module" DROP CONSTRAINT "fk_program_module_maison"`);
    await queryRunner.query(`ALTER TABLE "program" DROP CONSTRAINT "fk_program_maison"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "fk_module_version_maison"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "fk_module_version_module"`);
    await queryRunner.query(`ALTER TABLE "module" DROP CONSTRAINT "fk_module_maison"`);
    await queryRunner.query(`ALTER TABLE "maison" DROP COLUMN "four_eyes_publishing"`);
    await queryRunner.query(`DROP INDEX "uq_question_version"`);
    await queryRunner.query(`DROP INDEX "uq_question_version_working"`);
    await queryRunner.query(`DROP INDEX "uq_question_version_published"`);
    await queryRunner.query(`DROP TABLE "question_version"`);
    await queryRunner.query(`DROP INDEX "uq_question_code"`);
    await queryRunner.query(`DROP TABLE "question"`);
    await queryRunner.query(`DROP INDEX "uq_program_module_position"`);
    await queryRunner.query(`DROP INDEX "ix_program_module_module"`);
    await queryRunner.query(`DROP TABLE "program_module"`);
    await queryRunner.query(`DROP INDEX "uq_program_code"`);
    await queryRunner.query(`DROP INDEX "uq_program_onboarding"`);
    await queryRunner.query(`DROP TABLE "program"`);
    await queryRunner.query(`DROP INDEX "uq_module_version"`);
    await queryRunner.query(`DROP INDEX "uq_module_version_working"`);
    await queryRunner.query(`DROP INDEX "uq_module_version_published"`);
    await queryRunner.query(`DROP TABLE "module_version"`);
    await queryRunner.query(`DROP INDEX "uq_module_code"`);
    await queryRunner.query(`DROP TABLE "module"`);
  }
}
