import { TenantFactory } from '../factories/tenant.factory';
import { AuditLog } from '../../src/modules/audit/audit-log';
import { errorCode, graphql, LOGIN, login, sessionCookie } from '../utils/graphql-client';
import { withRunningApi } from '../utils/api-suite';
import { holdLock, settlesWithin, waitsBehind } from '../utils/locks';
import { startApi, type RunningApi } from '../utils/test-app';

const CREATE_BOUTIQUE = `mutation ($input: CreateBoutiqueInput!) { createBoutique(input: $input) { id name timezone region { name } advisorCount } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email roles locale timezone hasPassword boutique { name } } }`;

describe('admin operations (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  async function newAdmin() {
    const tenant = await factory.newMaison();
    const admin = await factory.newUser(tenant.maison.id, { roles: ['ADMIN'] });
    return { ...tenant, auth: await login(api.url, admin.email, admin.password) };
  }

  it('creates a boutique and an advisor who can then sign in as an advisor', async () => {
    const { region, auth } = await newAdmin();
    const boutique = await graphql<{ createBoutique: { id: string } }>(
      api.url,
      CREATE_BOUTIQUE,
      { input: { regionId: region.id, name: 'Tokyo Ginza', city: 'Tokyo', country: 'JP', timezone: 'Asia/Tokyo', locale: 'en' } },
      auth,
    );
    expect(boutique.data?.createBoutique).toMatchObject({ name: 'Tokyo Ginza', timezone: 'Asia/Tokyo', region: { name: 'Europe' }, advisorCount: 0 });

    const created = await graphql(
      api.url,
      CREATE_USER,
      { input: { email: ' Aiko.Sato@Savoir.test ', displayName: 'Aiko Sato', roles: ['ADVISOR'], boutiqueId: boutique.data?.createBoutique.id, startDate: '2026-11-02', password: 'a long first password' } },
      auth,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({ email: 'aiko.sato@savoir.test', roles: ['ADVISOR'], locale: 'en', timezone: 'Asia/Tokyo', hasPassword: true, boutique: { name: 'Tokyo Ginza' } });

    const advisor = await graphql<{ login: { viewer: { roles: string[] } } }>(
      api.url,
      `mutation ($input: LoginInput!) { login(input: $input) { viewer { roles } } }`,
      { input: { email: 'aiko.sato@savoir.test', password: 'a long first password' } },
    );
    expect(advisor.data?.login.viewer.roles).toEqual(['ADVISOR']);
  });

  it('moves an advisor on their boutique’s time zone with the boutique, and keeps a zone of their own', async () => {
    const { region, auth } = await newAdmin();
    const boutique = async (name: string, timezone: string) =>
      (await graphql<{ createBoutique: { id: string } }>(api.url, CREATE_BOUTIQUE, { input: { regionId: region.id, name, city: name, country: 'FR', timezone, locale: 'fr' } }, auth)).data?.createBoutique.id as string;
    const [paris, tokyo] = [await boutique('Paris Opéra', 'Europe/Paris'), await boutique('Tokyo Ginza', 'Asia/Tokyo')];
    const user = async (email: string, timezone?: string) =>
      (await graphql<{ createUser: { id: string } }>(api.url, CREATE_USER, { input: { email, displayName: email, roles: ['ADVISOR'], boutiqueId: paris, startDate: '2026-11-02', timezone } }, auth)).data?.createUser.id as string;
    const [follower, ownZone, told] = [await user('follower@savoir.test'), await user('own-zone@savoir.test', 'Europe/London'), await user('told@savoir.test')];
    const move = (id: string, timezone?: string) =>
      graphql<{ updateUser: { timezone: string } }>(api.url, `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { timezone } }`, { input: { id, boutiqueId: tokyo, timezone } }, auth);
    expect((await move(follower)).data?.updateUser.timezone).toBe('Asia/Tokyo');
    expect((await move(ownZone)).data?.updateUser.timezone).toBe('Europe/London');
    expect((await move(told, 'Asia/Seoul')).data?.updateUser.timezone).toBe('Asia/Seoul');

    // The boutique's zone corrected: its people on it follow.
    const corrected = await graphql(api.url, `mutation ($input: UpdateBoutiqueInput!) { updateBoutique(input: $input) { timezone } }`, { input: { id: tokyo, timezone: 'Asia/Seoul' } }, auth);
    expect(corrected.errors).toBeUndefined();
    const zones = await factory.inMaison(region.maisonId, (manager) => manager.query(`SELECT id, timezone FROM app_user WHERE id = ANY($1)`, [[follower, ownZone, told]]));
    expect(Object.fromEntries(zones.map((row: { id: string; timezone: string }) => [row.id, row.timezone]))).toEqual({ [follower]: 'Asia/Seoul', [ownZone]: 'Europe/London', [told]: 'Asia/Seoul' });
  });

  it('takes someone who is no longer an advisor out of their boutique when the boutique is cleared; an advisor keeps theirs', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { boutique { id } startDate timezone } }`;
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    expect(errorCode(await graphql(api.url, UPDATE, { input: { id: advisor.id, boutiqueId: null } }, auth))).toBe('VALIDATION_FAILED');

    await graphql(api.url, `mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles } }`, { input: { userId: advisor.id, roles: ['HR'] } }, auth);
    const cleared = await graphql(api.url, UPDATE, { input: { id: advisor.id, boutiqueId: null, startDate: null } }, auth);
    expect(cleared.data).toEqual({ updateUser: { boutique: null, startDate: null, timezone: 'Europe/Paris' } });
    // Absent, a field is kept.
    expect((await graphql(api.url, UPDATE, { input: { id: advisor.id, displayName: 'Inès Moreau' } }, auth)).data).toEqual({ updateUser: { boutique: null, startDate: null, timezone: 'Europe/Paris' } });
  });

  it('makes someone an advisor with their boutique and start date in one change, saved whole or not at all', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { roles boutique { id } startDate } }`;
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    // Without a start date nothing is saved, the boutique neither.
    expect(errorCode(await graphql(api.url, UPDATE, { input: { id: hr.id, roles: ['HR', 'ADVISOR'], boutiqueId: boutique.id } }, auth))).toBe('VALIDATION_FAILED');
    expect((await graphql(api.url, UPDATE, { input: { id: hr.id } }, auth)).data).toEqual({ updateUser: { roles: ['HR'], boutique: null, startDate: null } });
    const made = await graphql(api.url, UPDATE, { input: { id: hr.id, roles: ['HR', 'ADVISOR'], boutiqueId: boutique.id, startDate: '2026-11-02' } }, auth);
    expect(made.data).toEqual({ updateUser: { roles: ['HR', 'ADVISOR'], boutique: { id: boutique.id }, startDate: '2026-11-02' } });
  });

  it('rejects invalid input with VALIDATION_FAILED naming each field, and writes nothing', async () => {
    const { maison, auth } = await newAdmin();
    const response = await graphql(api.url, CREATE_USER, { input: { email: 'not-an-email', displayName: ' ', roles: ['ADVISOR'], timezone: 'Mars/Olympus', password: 'short' } }, auth);
    expect(errorCode(response)).toBe('VALIDATION_FAILED');
    expect((response.errors?.[0].extensions?.issues as Array<{ field: string }>).map((issue) => issue.field).sort()).toEqual(
      ['boutiqueId', 'displayName', 'email', 'password', 'startDate', 'timezone'].sort(),
    );
    // A NUL Postgres cannot store (text read in the wrong encoding) is the caller's mistake too, not an internal error.
    const nul = await graphql(api.url, CREATE_USER, { input: { email: 'nul@savoir.test', displayName: 'Ana\u0000is', roles: ['HR'] } }, auth);
    expect(errorCode(nul)).toBe('VALIDATION_FAILED');
    const [{ n }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT count(*)::int AS n FROM app_user WHERE maison_id = $1`, [maison.id]));
    expect(n).toBe(1);
  });

  it('answers an id that is no id with VALIDATION_FAILED, not an internal error', async () => {
    const { auth } = await newAdmin();
    const malformed = await graphql(api.url, `query { users(filter: { boutiqueId: "not-an-id" }) { total } }`, {}, auth);
    expect(errorCode(malformed)).toBe('VALIDATION_FAILED');
  });

  it('reports a taken email as EMAIL_TAKEN', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const existing = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const response = await graphql(api.url, CREATE_USER, { input: { email: existing.email, displayName: 'Twin', roles: ['HR'] } }, auth);
    expect(errorCode(response)).toBe('EMAIL_TAKEN');
  });

  it('deactivates a user, which ends their sessions; an admin cannot deactivate themself', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const session = await login(api.url, advisor.email, advisor.password);
    expect((await graphql(api.url, `query { me { id } }`, {}, { token: session.token })).data).toEqual({ me: { id: advisor.id } });
    const deactivated = await graphql(api.url, `mutation ($id: ID!) { deactivateUser(id: $id) { active } }`, { id: advisor.id }, auth);
    expect(deactivated.data).toEqual({ deactivateUser: { active: false } });
    expect(errorCode(await graphql(api.url, `mutation { refreshSession { accessToken } }`, {}, { cookie: session.cookie }))).toBe('SESSION_EXPIRED');
    // The access token in hand stops at once rather than at its expiry.
    expect(errorCode(await graphql(api.url, `query { me { id } }`, {}, { token: session.token }))).toBe('UNAUTHENTICATED');

    const me = await graphql<{ me: { id: string } }>(api.url, `query { me { id } }`, {}, auth);
    const self = await graphql(api.url, `mutation ($id: ID!) { deactivateUser(id: $id) { active } }`, { id: me.data?.me.id }, auth);
    expect(errorCode(self)).toBe('VALIDATION_FAILED');
  });

  it('keeps every change an admin makes to an account in its audit trail, for admins only, and never a password', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const created = await graphql<{ createUser: { id: string } }>(
      api.url,
      CREATE_USER,
      { input: { email: 'noe.martin@savoir.test', displayName: 'Noé Martin', roles: ['ADVISOR'], boutiqueId: boutique.id, startDate: '2026-11-02' } },
      auth,
    );
    const id = created.data?.createUser.id as string;
    const steps = [
      [`mutation ($id: ID!) { updateUser(input: { id: $id, roles: [ADVISOR, HR], displayName: "Noé Martin-Roux" }) { id } }`, { id }],
      [`mutation ($id: ID!) { setUserPassword(input: { userId: $id, password: "a brand new long password" }) { id } }`, { id }],
      [`mutation ($id: ID!) { deactivateUser(id: $id) { id } }`, { id }],
      [`mutation ($id: ID!) { reactivateUser(id: $id) { id } }`, { id }],
      // Saving what is already there changes nothing, and records nothing.
      [`mutation ($id: ID!) { updateUser(input: { id: $id, displayName: "Noé Martin-Roux" }) { id } }`, { id }],
    ] as const;
    for (const [mutation, variables] of steps) expect((await graphql(api.url, mutation, variables, auth)).errors).toBeUndefined();

    const TRAIL = `query ($id: ID!) { auditTrail(entityType: "user", entityId: $id) { action actorName changes { field before after } } }`;
    const trail = (await graphql<{ auditTrail: Array<{ action: string; actorName: string; changes: Array<{ field: string; before: string | null; after: string | null }> }> }>(api.url, TRAIL, { id }, auth)).data?.auditTrail ?? [];
    expect(trail.map((entry) => entry.action)).toEqual(['reactivated', 'deactivated', 'password-set', 'updated', 'created']);
    // (jsonb keeps its own key order)
    expect(trail.find((entry) => entry.action === 'updated')?.changes.sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'displayName', before: '"Noé Martin"', after: '"Noé Martin-Roux"' },
      { field: 'roles', before: '["ADVISOR"]', after: '["ADVISOR","HR"]' },
    ]);
    expect(trail.find((entry) => entry.action === 'deactivated')?.changes).toEqual([{ field: 'active', before: 'true', after: 'false' }]);
    expect(trail.find((entry) => entry.action === 'created')?.changes).toContainEqual({ field: 'email', before: null, after: '"noe.martin@savoir.test"' });
    expect(JSON.stringify(trail)).not.toMatch(/password"|argon|brand new/);

    // An author reads the history of content, not of accounts.
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const authorAuth = await login(api.url, author.email, author.password);
    expect(errorCode(await graphql(api.url, TRAIL, { id }, authorAuth))).toBe('FORBIDDEN');
  });

  it('keeps a deactivation made while an edit of the same account was in flight: the edit waits, and does not undo it', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName: 'Inès Morel' });
    // The edit is held between reading the account and saving it (at its audit entry).
    const audit = api.app.get(AuditLog);
    const record = audit.record.bind(audit);
    let resume: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (resume = resolve));
    let reached: () => void = () => undefined;
    const atAudit = new Promise<void>((resolve) => (reached = resolve));
    const spy = jest.spyOn(audit, 'record').mockImplementationOnce(async (...args) => {
      reached();
      await held;
      return record(...args);
    });
    try {
      const edit = graphql(api.url, `mutation ($id: ID!) { updateUser(input: { id: $id, displayName: "Inès Morel-Roux" }) { id } }`, { id: advisor.id }, auth);
      await atAudit;
      const deactivation = graphql(api.url, `mutation ($id: ID!) { deactivateUser(id: $id) { active } }`, { id: advisor.id }, auth);
      expect(await settlesWithin(deactivation, 500)).toBe(false);
      resume();
      expect((await edit).errors).toBeUndefined();
      expect((await deactivation).data).toEqual({ deactivateUser: { active: false } });
    } finally {
      spy.mockRestore();
    }
    const [account] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT active, display_name FROM app_user WHERE id = $1`, [advisor.id]));
    expect(account).toEqual({ active: false, display_name: 'Inès Morel-Roux' });
  });

  it('ends a session whose refresh was in flight when a new password was set: neither the old token nor the new one lives on', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const session = await login(api.url, advisor.email, advisor.password);
    // Another transaction holds the account's row: the refresh and the new password both wait on it, in that order.
    const release = await holdLock(factory, maison.id, (manager) => manager.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [advisor.id]));
    const refresh = graphql(api.url, `mutation { refreshSession { accessToken } }`, {}, { cookie: session.cookie });
    await waitsBehind(release, refresh);
    const reset = graphql(api.url, `mutation ($id: ID!) { setUserPassword(input: { userId: $id, password: "a brand new long password" }) { id } }`, { id: advisor.id }, auth);
    await waitsBehind(release, reset, { waiters: 2 });
    await release();
    const [refreshed, resetDone] = await Promise.all([refresh, reset]);
    expect(resetDone.errors).toBeUndefined();
    const [{ live }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT count(*)::int AS live FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL`, [advisor.id]));
    expect(live).toBe(0);
    if (refreshed.setCookie) expect(errorCode(await graphql(api.url, `mutation { refreshSession { accessToken } }`, {}, { cookie: sessionCookie(refreshed.setCookie) }))).toBe('SESSION_EXPIRED');
  });

  it('opens no session with a password changed while the sign-in was being checked', async () => {
    const { maison, boutique } = await newAdmin();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    // A new password is being saved (not yet committed) when the sign-in with the old one arrives.
    const release = await holdLock(factory, maison.id, (manager) => manager.query(`UPDATE app_user SET password_hash = 'replaced' WHERE id = $1`, [advisor.id]));
    const signIn = graphql(api.url, LOGIN, { input: { email: advisor.email, password: advisor.password } });
    await waitsBehind(release, signIn);
    await release();
    expect(errorCode(await signIn)).toBe('INVALID_CREDENTIALS');
    const [{ sessions }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT count(*)::int AS sessions FROM refresh_token WHERE user_id = $1`, [advisor.id]));
    expect(sessions).toBe(0);
  });

  it('takes a role away at once: the user’s tokens end, and their refreshed session holds the new roles', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const manager = await factory.newUser(maison.id, { roles: ['ADVISOR', 'HR'], boutiqueId: boutique.id });
    const session = await login(api.url, manager.email, manager.password);
    const COHORTS = `query { cohorts { id } }`;
    expect((await graphql(api.url, COHORTS, {}, { token: session.token })).errors).toBeUndefined();

    const SET_ROLES = `mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles } }`;
    expect((await graphql(api.url, SET_ROLES, { input: { userId: manager.id, roles: ['ADVISOR'] } }, auth)).data).toEqual({ setUserRoles: { roles: ['ADVISOR'] } });
    expect(errorCode(await graphql(api.url, COHORTS, {}, { token: session.token }))).toBe('UNAUTHENTICATED');
    const refreshed = await graphql<{ refreshSession: { accessToken: string } }>(api.url, `mutation { refreshSession { accessToken } }`, {}, { cookie: session.cookie });
    const token = refreshed.data?.refreshSession.accessToken;
    expect((await graphql(api.url, `query { me { roles } }`, {}, { token })).data).toEqual({ me: { roles: ['ADVISOR'] } });
    expect(errorCode(await graphql(api.url, COHORTS, {}, { token }))).toBe('FORBIDDEN');
  });

  it('keeps an admin when two admins remove each other at once: the second finds itself no longer one', async () => {
    const { maison, auth } = await newAdmin();
    const [me, other] = [(await graphql<{ me: { id: string } }>(api.url, `query { me { id } }`, {}, auth)).data?.me.id as string, await factory.newUser(maison.id, { roles: ['ADMIN'] })];
    const otherAuth = await login(api.url, other.email, other.password);
    const SET_ROLES = `mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles } }`;
    // Both requests pass the guard, then wait on a settings change holding the maison.
    const release = await holdLock(factory, maison.id, (manager) => manager.query(`SELECT id FROM maison WHERE id = $1 FOR UPDATE`, [maison.id]));
    const removals = Promise.all([graphql(api.url, SET_ROLES, { input: { userId: other.id, roles: ['HR'] } }, auth), graphql(api.url, SET_ROLES, { input: { userId: me, roles: ['HR'] } }, otherAuth)]);
    await waitsBehind(release, removals, { waiters: 2 });
    await release();
    const outcomes = (await removals).map((response) => errorCode(response) ?? 'ok').sort();
    expect(outcomes).toEqual(['FORBIDDEN', 'ok']);
    const [{ admins }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT count(*)::int AS admins FROM app_user WHERE maison_id = $1 AND active AND 'ADMIN' = ANY(roles)`, [maison.id]));
    expect(admins).toBe(1);
  });

  it('assigns roles, manages cohorts and their members', async () => {
    const { maison, boutique, auth } = await newAdmin();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const roles = await graphql(api.url, `mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { roles } }`, { input: { userId: advisor.id, roles: ['ADVISOR', 'HR'] } }, auth);
    expect(roles.data).toEqual({ setUserRoles: { roles: ['ADVISOR', 'HR'] } });

    const cohort = await graphql<{ createCohort: { id: string } }>(api.url, `mutation { createCohort(input: { name: "Pilot Paris", kind: PILOT }) { id kind } }`, {}, auth);
    const cohortId = cohort.data?.createCohort.id;
    await graphql(api.url, `mutation ($input: CohortMembersInput!) { addCohortMembers(input: $input) { id } }`, { input: { cohortId, userIds: [advisor.id, advisor.id] } }, auth);
    const detail = await graphql(api.url, `query ($id: ID!) { cohort(id: $id) { name memberCount members { id } } }`, { id: cohortId }, auth);
    expect(detail.data).toEqual({ cohort: { name: 'Pilot Paris', memberCount: 1, members: [{ id: advisor.id }] } });

    await graphql(api.url, `mutation ($input: CohortMembersInput!) { removeCohortMembers(input: $input) { id } }`, { input: { cohortId, userIds: [advisor.id] } }, auth);
    const after = await graphql(api.url, `query ($id: ID!) { cohort(id: $id) { memberCount } }`, { id: cohortId }, auth);
    expect(after.data).toEqual({ cohort: { memberCount: 0 } });

    const duplicate = await graphql(api.url, `mutation { createCohort(input: { name: "Pilot Paris", kind: CONTROL }) { id } }`, {}, auth);
    expect(errorCode(duplicate)).toBe('NAME_TAKEN');
  });

  it('filters and pages the user list', async () => {
    const { maison, boutique, auth } = await newAdmin();
    await Promise.all([
      factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName: 'Camille Laurent' }),
      factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName: 'Camille Petit' }),
      factory.newUser(maison.id, { roles: ['AUTHOR'], displayName: 'Hugo Bernard' }),
    ]);
    const page = await graphql<{ users: { total: number; items: Array<{ displayName: string }> } }>(
      api.url,
      `query { users(filter: { search: "camille", role: ADVISOR }, limit: 1) { total items { displayName } } }`,
      {},
      auth,
    );
    expect(page.data?.users).toEqual({ total: 2, items: [{ displayName: 'Camille Laurent' }] });
    // A name is found as it is typed, accents aside.
    await factory.newUser(maison.id, { roles: ['HR'], displayName: 'Hélène Garnier' });
    const typed = await graphql<{ users: { items: Array<{ displayName: string }> } }>(api.url, `query { users(filter: { search: "HELENE" }) { items { displayName } } }`, {}, auth);
    expect(typed.data?.users.items).toEqual([{ displayName: 'Hélène Garnier' }]);
  });

  it('forbids admin operations to other roles', async () => {
    const { maison, boutique } = await newAdmin();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const auth = await login(api.url, advisor.email, advisor.password);
    expect(errorCode(await graphql(api.url, `query { users { total } }`, {}, auth))).toBe('FORBIDDEN');
    // HR reads cohorts (to compare them), not who is in them: that is the user directory.
    await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO cohort (maison_id, name, kind) VALUES ($1, 'Pilot', 'PILOT')`, [maison.id]));
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const hrAuth = await login(api.url, hr.email, hr.password);
    expect((await graphql(api.url, `query { cohorts { name memberCount } }`, {}, hrAuth)).data).toEqual({ cohorts: [{ name: 'Pilot', memberCount: 0 }] });
    const members = await graphql(api.url, `query { cohorts { name members { email } } }`, {}, hrAuth);
    expect(errorCode(members)).toBe('FORBIDDEN');
    expect(members.data).toBeNull();
  });
});

describe('HTTP hardening', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(() => api.close());

  it('answers malformed JSON with a JSON error, not an HTML page', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses a query with hundreds of aliases before running it', async () => {
    const query = `query { ${Array.from({ length: 200 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const response = await graphql(api.url, query);
    expect(response.errors?.[0].message).toMatch(/aliases/i);
    expect(response.data).toBeNull();
  });

  it('refuses a query nested deeper than ten fields, whether written inline or through fragments', async () => {
    const nested = (levels: number): string => (levels === 0 ? 'id' : `id prerequisites { ${nested(levels - 1)} }`);
    const inline = await graphql(api.url, `query { skills { ${nested(10)} } }`);
    expect(inline.errors?.[0].message).toMatch(/depth limit/i);
    const viaFragments = await graphql(
      api.url,
      `query { skills { ...A } } fragment A on Skill { prerequisites { prerequisites { prerequisites { prerequisites { prerequisites { ...B } } } } } }
       fragment B on Skill { prerequisites { prerequisites { prerequisites { prerequisites { prerequisites { id } } } } } }`,
    );
    expect(viaFragments.errors?.[0].message).toMatch(/depth limit/i);
    expect(viaFragments.data).toBeNull();
  });

  it('refuses lists nested three deep, written inline or through fragments, before running them; two deep run', async () => {
    const inline = await graphql(api.url, `query { cohorts { members { cohorts { id } } } }`);
    expect(inline.errors?.[0].message).toMatch(/Lists nest 3 deep/);
    expect(inline.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const viaFragments = await graphql(api.url, `query { cohorts { ...C } } fragment C on Cohort { members { ...U } } fragment U on User { cohorts { members { id } } }`);
    expect(viaFragments.errors?.[0].message).toMatch(/Lists nest 4 deep/);
    expect(viaFragments.data).toBeFalsy();
    // Two deep passes validation (and then asks who is signed in).
    const twoDeep = await graphql(api.url, `query { cohorts { members { id } } }`);
    expect(twoDeep.errors?.map((error) => error.extensions?.code)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(errorCode(twoDeep)).toBe('UNAUTHENTICATED');
  });

  it('does not suggest field names in errors', async () => {
    const response = await graphql(api.url, `query { mee { id } }`);
    expect(response.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('reports liveness and readiness of Postgres and Redis', async () => {
    const live = await fetch(`${api.url}/health/live`);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(live.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('answers unknown routes with JSON 404', async () => {
    const response = await fetch(`${api.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
  });
});
