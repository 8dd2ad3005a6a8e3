import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TenantDb } from '../../src/core/database/tenant-db';
import { COHORT_MEMBER_IDS_MAX } from '../../src/modules/organisation/cohorts.service';
import { errorCode, graphql, login } from '../utils/graphql-client';
import { holdLock, settlesWithin } from '../utils/locks';
import { withRunningApi } from '../utils/api-suite';
import type { RunningApi } from '../utils/test-app';
import type { TenantFactory } from '../factories/tenant.factory';

const ADD_MEMBERS = `mutation ($input: CohortMembersInput!) { addCohortMembers(input: $input) { id } }`;
const REMOVE_MEMBERS = `mutation ($input: CohortMembersInput!) { removeCohortMembers(input: $input) { id } }`;

describe('cohorts and boutiques (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  afterEach(() => jest.restoreAllMocks());

  async function newAdmin() {
    const tenant = await factory.newMaison();
    const admin = await factory.newUser(tenant.maison.id, { roles: ['ADMIN'] });
    return { ...tenant, auth: await login(api.url, admin.email, admin.password) };
  }

  /** The transactions and SQL statements one GraphQL request costs. */
  async function cost(query: string, auth: { token: string }) {
    const transactions = jest.spyOn(api.app.get(TenantDb), 'run');
    const statements = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const response = await graphql(api.url, query, {}, auth);
    const counted = { transactions: transactions.mock.calls.length, statements: statements.mock.calls.length };
    transactions.mockRestore();
    statements.mockRestore();
    return { response, ...counted };
  }

  it('reads the members of every listed cohort at once: the cost of a request does not grow with its cohorts', async () => {
    const MEMBERS = `query { cohorts { id members { id } } }`;
    const withCohorts = async (count: number) => {
      const { maison, boutique, auth } = await newAdmin();
      for (let index = 0; index < count; index++) {
        const cohort = await factory.newCohort(maison.id, `Cohort ${index}`);
        const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
        await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO cohort_member (cohort_id, user_id, maison_id) VALUES ($1, $2, $3)`, [cohort.id, advisor.id, maison.id]));
      }
      return cost(MEMBERS, auth);
    };
    const one = await withCohorts(1);
    const six = await withCohorts(6);
    expect(one.response.errors).toBeUndefined();
    expect(six.response.errors).toBeUndefined();
    const cohorts = (six.response.data as { cohorts: Array<{ members: unknown[] }> }).cohorts;
    expect(cohorts).toHaveLength(6);
    expect(cohorts.every((cohort) => cohort.members.length === 1)).toBe(true);
    expect(six.transactions).toBe(one.transactions);
    expect(six.statements).toBe(one.statements);
  });

  it('gives each cohort its own members, in name order, and still keeps them from HR', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const [pilot, control, empty] = [await factory.newCohort(maison.id, 'Pilot'), await factory.newCohort(maison.id, 'Control', 'CONTROL'), await factory.newCohort(maison.id, 'Empty', 'STANDARD')];
    const [bea, adam, chloe] = [
      await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName: 'Béa' }),
      await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName: 'Adam' }),
      await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName: 'Chloé' }),
    ];
    await graphql(api.url, ADD_MEMBERS, { input: { cohortId: pilot.id, userIds: [bea.id, adam.id] } }, auth);
    await graphql(api.url, ADD_MEMBERS, { input: { cohortId: control.id, userIds: [chloe.id, adam.id] } }, auth);
    const listed = await graphql<{ cohorts: Array<{ id: string; members: Array<{ displayName: string }> }> }>(api.url, `query { cohorts { id members { displayName } } }`, {}, auth);
    expect(listed.errors).toBeUndefined();
    const byId = new Map(listed.data?.cohorts.map((cohort) => [cohort.id, cohort.members.map((member) => member.displayName)]));
    expect(Object.fromEntries([pilot, control, empty].map((cohort) => [cohort.name, byId.get(cohort.id)]))).toEqual({ Pilot: ['Adam', 'Béa'], Control: ['Adam', 'Chloé'], Empty: [] });

    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const hrAuth = await login(api.url, hr.email, hr.password);
    const asHr = await graphql(api.url, `query { cohorts { id members { id } } }`, {}, hrAuth);
    expect(errorCode(asHr)).toBe('FORBIDDEN');
    expect(asHr.data).toBeNull();
  });

  it('keeps the boutiques of a region and their advisor counts from an advisor, as the boutiques query does', async () => {
    const { maison, boutique } = await newAdmin();
    await factory.newBoutique(maison.id, { name: 'Genève Rhône' });
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const auth = await login(api.url, advisor.email, advisor.password);
    expect(errorCode(await graphql(api.url, `query { boutiques { name } }`, {}, auth))).toBe('FORBIDDEN');

    const throughRegion = await graphql(api.url, `query { me { boutique { region { boutiques { name city timezone advisorCount } } } } }`, {}, auth);
    expect(errorCode(throughRegion)).toBe('FORBIDDEN');
    expect(JSON.stringify(throughRegion.data ?? {})).not.toContain('Genève');
    const count = await graphql(api.url, `query { me { boutique { advisorCount } } }`, {}, auth);
    expect(errorCode(count)).toBe('FORBIDDEN');

    // Their own boutique and its region stay theirs to read.
    const own = await graphql(api.url, `query { me { boutique { name timezone region { name } } } }`, {}, auth);
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ me: { boutique: { name: 'Paris Vendôme', timezone: 'Europe/Paris', region: { name: 'Europe' } } } });
  });

  it('still shows regions with their boutiques and advisor counts to HR and to an admin', async () => {
    const { maison, boutique, auth } = await newAdmin();
    await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const hr = await factory.newUser(maison.id, { roles: ['ADVISOR', 'HR'], boutiqueId: boutique.id });
    const hrAuth = await login(api.url, hr.email, hr.password);
    const REGIONS = `query { regions { name boutiques { name advisorCount } } }`;
    const expected = { regions: [{ name: 'Europe', boutiques: [{ name: 'Paris Vendôme', advisorCount: 2 }] }] };
    expect((await graphql(api.url, REGIONS, {}, auth)).data).toEqual(expected);
    expect((await graphql(api.url, REGIONS, {}, hrAuth)).data).toEqual(expected);
    expect((await graphql(api.url, `query { me { boutique { region { boutiques { advisorCount } } } } }`, {}, hrAuth)).errors).toBeUndefined();
  });

  it('shows an author the regions by name (to read the knowledge gaps a region at a time), not their boutiques', async () => {
    const { maison } = await newAdmin();
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const authorAuth = await login(api.url, author.email, author.password);
    expect((await graphql(api.url, `query { regions { name } }`, {}, authorAuth)).data).toEqual({ regions: [{ name: 'Europe' }] });
    expect(errorCode(await graphql(api.url, `query { regions { boutiques { advisorCount } } }`, {}, authorAuth))).toBe('FORBIDDEN');
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'] });
    expect(errorCode(await graphql(api.url, `query { regions { name } }`, {}, await login(api.url, advisor.email, advisor.password)))).toBe('FORBIDDEN');
  });

  it.each([
    ['adds', ADD_MEMBERS],
    ['removes', REMOVE_MEMBERS],
  ])('refuses a cohort change that %s more ids than the cap, before reading anything', async (_verb, mutation) => {
    const { maison, boutique, auth } = await newAdmin();
    const cohort = await factory.newCohort(maison.id);
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    if (mutation === REMOVE_MEMBERS) await graphql(api.url, ADD_MEMBERS, { input: { cohortId: cohort.id, userIds: [advisor.id] } }, auth);
    const before = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT user_id FROM cohort_member WHERE cohort_id = $1`, [cohort.id]));

    // Tens of thousands of ids once overflowed Postgres's bind parameters (an INTERNAL_SERVER_ERROR).
    for (const count of [66_000, COHORT_MEMBER_IDS_MAX + 1]) {
      const userIds = [advisor.id, ...Array.from({ length: count - 1 }, () => randomUUID())];
      const transactions = jest.spyOn(api.app.get(TenantDb), 'run');
      const refused = await graphql(api.url, mutation, { input: { cohortId: cohort.id, userIds } }, auth);
      const calls = transactions.mock.calls.length;
      transactions.mockRestore();
      expect(errorCode(refused)).toBe('VALIDATION_FAILED');
      expect(refused.errors?.[0].extensions?.issues).toEqual([{ field: 'userIds', code: 'LIST_TOO_LONG', params: { max: 1000 }, message: 'must list at most 1,000 entries' }]);
      expect(calls).toBe(0);
    }
    expect(await factory.inMaison(maison.id, (manager) => manager.query(`SELECT user_id FROM cohort_member WHERE cohort_id = $1`, [cohort.id]))).toEqual(before);
  });

  it('takes a change of exactly the cap of ids to the database, and reads them as one list', async () => {
    expect(COHORT_MEMBER_IDS_MAX).toBe(1000);
    const { maison, boutique, auth } = await newAdmin();
    const cohort = await factory.newCohort(maison.id);
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const strangers = Array.from({ length: COHORT_MEMBER_IDS_MAX - 1 }, () => randomUUID());
    const unknown = await graphql(api.url, ADD_MEMBERS, { input: { cohortId: cohort.id, userIds: [advisor.id, ...strangers] } }, auth);
    expect(errorCode(unknown)).toBe('VALIDATION_FAILED');
    const codes = (unknown.errors?.[0].extensions?.issues as Array<{ code: string }>).map((found) => found.code);
    expect(codes).toHaveLength(COHORT_MEMBER_IDS_MAX - 1);
    expect(new Set(codes)).toEqual(new Set(['USER_UNKNOWN']));

    const added = await graphql(api.url, ADD_MEMBERS, { input: { cohortId: cohort.id, userIds: [advisor.id, advisor.id] } }, auth);
    expect(added.errors).toBeUndefined();
    const removed = await graphql(api.url, REMOVE_MEMBERS, { input: { cohortId: cohort.id, userIds: [...strangers.slice(1), advisor.id, 'not-an-id'] } }, auth);
    expect(errorCode(removed)).toBeUndefined();
    expect(await factory.inMaison(maison.id, (manager) => manager.query(`SELECT user_id FROM cohort_member WHERE cohort_id = $1`, [cohort.id]))).toEqual([]);
  });

  it("keeps both of two edits of a boutique made at once: the second waits for the first, rather than saving what it read before", async () => {
    const { maison, auth } = await newAdmin();
    const boutique = await factory.newBoutique(maison.id, { name: 'Genève', timezone: 'Europe/Zurich' });
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE app_user SET timezone = 'Europe/Zurich' WHERE id = $1`, [advisor.id]));
    const UPDATE = `mutation ($input: UpdateBoutiqueInput!) { updateBoutique(input: $input) { id } }`;
    // The zone change reads the boutique, then waits on its advisor's row, which another transaction holds.
    const release = await holdLock(factory, maison.id, (manager) => manager.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [advisor.id]));
    const zone = graphql(api.url, UPDATE, { input: { id: boutique.id, timezone: 'Europe/Paris' } }, auth);
    await settlesWithin(zone, 300);
    const name = graphql(api.url, UPDATE, { input: { id: boutique.id, name: 'Genève Rhône' } }, auth);
    await settlesWithin(name, 300);
    await release();
    expect((await zone).errors).toBeUndefined();
    expect((await name).errors).toBeUndefined();
    const [saved] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT name, timezone FROM boutique WHERE id = $1`, [boutique.id]));
    expect(saved).toEqual({ name: 'Genève Rhône', timezone: 'Europe/Paris' });
  });
});
