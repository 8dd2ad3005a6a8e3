import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['skill', 'skill_prerequisite', 'audit_entry'];

/**
 * Studio's skills, their prerequisite edges and the authoring audit log, under the same forced row-level security
 * as every tenant table. The audit log is append-only for the app: it may insert and read, never change or delete.
 */
export class CreateSkillsAndAuditLog1763971200000 implements MigrationInterface {
  name = 'CreateSkillsAndAuditLog1763971200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "action" text NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_entry" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_entry_entity" ON "audit_entry" ("entity_type", "entity_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "skill" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "maison_id" uuid NOT NULL, "code" text NOT NULL, "category" text NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_skill_category" CHECK (category IN ('HERITAGE', 'PRODUCT', 'CRAFT_MATERIALS', 'CLIENTELING', 'SERVICE')), CONSTRAINT "pk_skill" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_skill_code" ON "skill" ("maison_id", "code") `);
    await queryRunner.query(`CREATE TABLE "skill_prerequisite" ("skill_id" uuid NOT NULL, "prerequisite_id" uuid NOT NULL, "maison_id" uuid NOT NULL, CONSTRAINT "pk_skill_prerequisite" PRIMARY KEY ("skill_id", "prerequisite_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_skill_prerequisite_prerequisite" ON "skill_prerequisite" ("prerequisite_id") `);
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "fk_audit_entry_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "fk_audit_entry_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill" ADD CONSTRAINT "fk_skill_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_prerequisite" ADD CONSTRAINT "fk_skill_prerequisite_maison" FOREIGN KEY ("maison_id") REFERENCES "maison"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_prerequisite" ADD CONSTRAINT "fk_skill_prerequisite_skill" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_prerequisite" ADD CONSTRAINT "fk_skill_prerequisite_prerequisite" FOREIGN KEY ("prerequisite_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON skill, skill_prerequisite TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON audit_entry TO savoir_app`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON ${table}
        USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_prerequisite" DROP CONSTRAINT "fk_skill_prerequisite_prerequisite"`);
    await queryRunner.query(`ALTER TABLE "skill_prerequisite" DROP CONSTRAINT "fk_skill_prerequisite_skill"`);
    await queryRunner.query(`ALTER TABLE "skill_prerequisite" DROP CONSTRAINT "fk_skill_prerequisite_maison"`);
    await queryRunner.query(`ALTER TABLE "skill" DROP CONSTRAINT "fk_skill_maison"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "fk_audit_entry_actor"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "fk_audit_entry_maison"`);
    await queryRunner.query(`DROP INDEX "ix_skill_prerequisite_prerequisite"`);
    await queryRunner.query(`DROP TABLE "skill_prerequisite"`);
    await queryRunner.query(`DROP INDEX "uq_skill_code"`);
    await queryRunner.query(`DROP TABLE "skill"`);
    await queryRunner.query(`DROP INDEX "ix_audit_entry_entity"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
