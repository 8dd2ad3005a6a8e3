import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['region', 'boutique', 'cohort', 'cohort_member', 'app_user', 'refresh_token', 'user_import', 'outbox_event'];

/**
 * Row-level security, forced on every tenant-owned table: a row is visible and writable only inside a transaction
 * that set `app.maison_id` to its maison. The API and worker connect as members of the non-owner role savoir_app.
 * Three narrow SECURITY DEFINER functions cross tenants on purpose: finding a login by email (before the maison is
 * known) and claiming/settling outbox events for the relay. They run with the owner's rights, so the owner must be a
 * superuser or have BYPASSRLS (as the `postgres` role has).
 */
export class EnforceTenantIsolation1763884800001 implements MigrationInterface {
  name = 'EnforceTenantIsolation1763884800001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'savoir_app') THEN CREATE ROLE savoir_app NOLOGIN; END IF;
    END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, UPDATE ON maison TO savoir_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TENANT_TABLES.join(', ')} TO savoir_app`);

    // '' (reset setting) and NULL both mean "no tenant": nullif makes both match nothing.
    await queryRunner.query(`CREATE FUNCTION current_maison_id() RETURNS uuid LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('app.maison_id', true), '')::uuid $$`);

    await queryRunner.query(`ALTER TABLE maison ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE maison FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY tenant_isolation ON maison
      USING (id = current_maison_id()) WITH CHECK (id = current_maison_id())`);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_isolation ON ${table}
        USING (maison_id = current_maison_id()) WITH CHECK (maison_id = current_maison_id())`);
    }

    await queryRunner.query(`CREATE FUNCTION savoir_find_login(p_email text, p_maison_slug text)
      RETURNS TABLE (user_id uuid, maison_id uuid, password_hash text, active boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      AS $$
        SELECT u.id, u.maison_id, u.password_hash, u.active
        FROM app_user u JOIN maison m ON m.id = u.maison_id
        WHERE u.email = p_email AND (p_maison_slug IS NULL OR m.slug = p_maison_slug)
        ORDER BY m.slug
        LIMIT 2
      $$`);
    await queryRunner.query(`CREATE FUNCTION savoir_claim_outbox(p_limit integer, p_lease_seconds integer)
      RETURNS SETOF outbox_event
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$
        UPDATE outbox_event
        SET locked_until = now() + make_interval(secs => p_lease_seconds), attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM outbox_event
          WHERE delivered_at IS NULL AND available_at <= now() AND (locked_until IS NULL OR locked_until < now())
          ORDER BY available_at
          LIMIT p_limit
          FOR UPDATE SKIP LOCKED
        )
        RETURNING *
      $$`);
    await queryRunner.query(`CREATE FUNCTION savoir_complete_outbox(p_ids uuid[]) RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$ UPDATE outbox_event SET delivered_at = now(), locked_until = NULL, last_error = NULL WHERE id = ANY(p_ids) $$`);
    await queryRunner.query(`CREATE FUNCTION savoir_fail_outbox(p_id uuid, p_error text, p_retry_seconds integer) RETURNS void
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
      AS $$
        UPDATE outbox_event
        SET locked_until = NULL, last_error = left(p_error, 2000), available_at = now() + make_interval(secs => p_retry_seconds)
        WHERE id = p_id
      $$`);
    for (const signature of ['savoir_find_login(text, text)', 'savoir_claim_outbox(integer, integer)', 'savoir_complete_outbox(uuid[])', 'savoir_fail_outbox(uuid, text, integer)']) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO savoir_app`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION savoir_fail_outbox(uuid, text, integer)`);
    await queryRunner.query(`DROP FUNCTION savoir_complete_outbox(uuid[])`);
    await queryRunner.query(`DROP FUNCTION savoir_claim_outbox(integer, integer)`);
    await queryRunner.query(`DROP FUNCTION savoir_find_login(text, text)`);
    for (const table of ['maison', ...TENANT_TABLES]) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION current_maison_id()`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM savoir_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM savoir_app`);
  }
}
