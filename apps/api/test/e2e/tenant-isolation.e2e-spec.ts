import { Client } from 'pg';
import { TenantFactory } from '../factories/tenant.factory';
import { errorCode, graphql, login } from '../utils/graphql-client';
import { startApi, type RunningApi } from '../utils/test-app';

/**
 * A user of maison A must never read or write maison B's rows, even knowing B's ids: through GraphQL, and
 * through SQL run directly under the app's own database role.
 */
describe('tenant isolation', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  let a: Awaited<ReturnType<TenantFactory['newMaison']>>;
  let b: Awaited<ReturnType<TenantFactory['newMaison']>>;
  let adminA: { token: string };
  let advisorB: Awaited<ReturnType<TenantFactory['newUser']>>;

  beforeAll(async () => {
    [api, factory] = await Promise.all([startApi(), TenantFactory.open()]);
    [a, b] = await Promise.all([factory.newMaison('Maison A'), factory.newMaison('Maison B')]);
    const admin = await factory.newUser(a.maison.id, { roles: ['ADMIN'] });
    advisorB = await factory.newUser(b.maison.id, { roles: ['ADVISOR'], boutiqueId: b.boutique.id });
    adminA = await login(api.url, admin.email, admin.password);
  });

  afterAll(async () => {
    await Promise.all([api.close(), factory.close()]);
  });

  describe('through GraphQL', () => {
    it("lists only the admin's own maison", async () => {
      const response = await graphql<{ boutiques: Array<{ id: string }>; users: { items: Array<{ id: string }> } }>(
        api.url,
        `query { boutiques { id } users { items { id } } }`,
        {},
        adminA,
      );
      expect(response.data?.boutiques.map((boutique) => boutique.id)).toEqual([a.boutique.id]);
      expect(response.data?.users.items.map((user) => user.id)).not.toContain(advisorB.id);
    });

    it("cannot read B's user by id", async () => {
      const response = await graphql(api.url, `query ($id: ID!) { user(id: $id) { id email } }`, { id: advisorB.id }, adminA);
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.data).toBeNull();
    });

    it("cannot deactivate B's user, rename B's region, or attach a boutique to B's region", async () => {
      const deactivate = await graphql(api.url, `mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id: advisorB.id }, adminA);
      const rename = await graphql(api.url, `mutation ($input: UpdateRegionInput!) { updateRegion(input: $input) { id } }`, { input: { id: b.region.id, name: 'Hijacked' } }, adminA);
      const attach = await graphql(
        api.url,
        `mutation ($input: CreateBoutiqueInput!) { createBoutique(input: $input) { id } }`,
        { input: { regionId: b.region.id, name: 'Trojan', city: 'Lyon', country: 'FR', timezone: 'Europe/Paris', locale: 'fr' } },
        adminA,
      );
      expect([errorCode(deactivate), errorCode(rename), errorCode(attach)]).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);

      const [userB, regionB, trojans] = await factory.inMaison(b.maison.id, async (manager) => [
        await manager.query('SELECT active FROM app_user WHERE id = $1', [advisorB.id]),
        await manager.query('SELECT name FROM region WHERE id = $1', [b.region.id]),
        await manager.query(`SELECT count(*)::int AS n FROM boutique WHERE name = 'Trojan'`),
      ]);
      expect(userB).toEqual([{ active: true }]);
      expect(regionB).toEqual([{ name: 'Europe' }]);
      expect(trojans).toEqual([{ n: 0 }]);
    });

    it("cannot put B's advisor in A's cohort", async () => {
      const cohort = await factory.newCohort(a.maison.id);
      const response = await graphql(api.url, `mutation ($input: CohortMembersInput!) { addCohortMembers(input: $input) { id } }`, { input: { cohortId: cohort.id, userIds: [advisorB.id] } }, adminA);
      expect(errorCode(response)).toBe('VALIDATION_FAILED');
    });
  });

  describe('through SQL under the app role', () => {
    let sql: Client;

    beforeAll(async () => {
      sql = new Client({ connectionString: process.env.APP_DATABASE_URL });
      await sql.connect();
    });

    afterAll(() => sql.end());

    async function asMaison<T>(maisonId: string, work: () => Promise<T>): Promise<T> {
      await sql.query('BEGIN');
      try {
        await sql.query(`SELECT set_config('app.maison_id', $1, true)`, [maisonId]);
        return await work();
      } finally {
        await sql.query('ROLLBACK');
      }
    }

    it('sees no rows at all when no tenant is set', async () => {
      const { rows } = await sql.query('SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM maison)::int AS maisons');
      expect(rows).toEqual([{ users: 0, maisons: 0 }]);
    });

    it("does not see B's rows by id from A", async () => {
      const { rows } = await asMaison(a.maison.id, () => sql.query('SELECT id FROM app_user WHERE id = $1 UNION ALL SELECT id FROM boutique WHERE id = $2', [advisorB.id, b.boutique.id]));
      expect(rows).toEqual([]);
    });

    it("cannot update or delete B's rows from A", async () => {
      const updated = await asMaison(a.maison.id, () => sql.query(`UPDATE app_user SET display_name = 'x' WHERE id = $1`, [advisorB.id]));
      const deleted = await asMaison(a.maison.id, () => sql.query('DELETE FROM boutique WHERE id = $1', [b.boutique.id]));
      expect([updated.rowCount, deleted.rowCount]).toEqual([0, 0]);
    });

    it("cannot insert a row into B from A", async () => {
      await expect(
        asMaison(a.maison.id, () =>
          sql.query(`INSERT INTO region (maison_id, name) VALUES ($1, 'Smuggled')`, [b.maison.id]),
        ),
      ).rejects.toThrow(/row-level security/);
    });

    it('cannot move a row of A into B', async () => {
      await expect(
        asMaison(a.maison.id, () => sql.query('UPDATE boutique SET maison_id = $1 WHERE id = $2', [b.maison.id, a.boutique.id])),
      ).rejects.toThrow(/row-level security/);
    });

    it('cannot switch off row-level security: the app role owns nothing and is no superuser', async () => {
      await expect(sql.query('ALTER TABLE app_user DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/must be owner/);
      const { rows } = await sql.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
      expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    });

    it('cannot rewrite or erase the audit log, only add to it', async () => {
      await expect(asMaison(a.maison.id, () => sql.query(`UPDATE audit_entry SET action = 'forged'`))).rejects.toThrow(/permission denied/);
      await expect(asMaison(a.maison.id, () => sql.query(`DELETE FROM audit_entry`))).rejects.toThrow(/permission denied/);
    });

    it('has row-level security forced on every table with a maison_id column', async () => {
      const { rows } = await sql.query(`
        SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND (EXISTS (SELECT 1 FROM information_schema.columns col WHERE col.table_name = c.relname AND col.column_name = 'maison_id') OR c.relname = 'maison')
        ORDER BY 1`);
      expect(rows.length).toBeGreaterThanOrEqual(12);
      expect(rows.filter((row) => !row.enabled || !row.forced)).toEqual([]);
    });
  });
});
