import { hashPassword } from '../../src/core/auth/password';
import { TenantFactory } from '../factories/tenant.factory';
import { errorCode, graphql, login, LOGIN, sessionCookie } from '../utils/graphql-client';
import { withRunningApi } from '../utils/api-suite';
import type { RunningApi } from '../utils/test-app';

const REFRESH = `mutation { refreshSession { accessToken viewer { id boutique { name } } } }`;
const ME = `query { me { id email roles maison { slug } boutique { name } } }`;

describe('sign-in and sessions (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  it('signs in with email and password, sets an httpOnly session cookie, and answers me', async () => {
    const { maison, boutique } = await factory.newMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });

    const response = await graphql<{ login: { accessToken: string; viewer: { id: string; roles: string[] } } }>(api.url, LOGIN, {
      input: { email: advisor.email.toUpperCase(), password: advisor.password },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.login.viewer).toMatchObject({ id: advisor.id, roles: ['ADVISOR'], boutique: { name: 'Paris Vendôme' } });
    expect(response.setCookie).toMatch(/savoir_session=.+; Max-Age=\d+; Path=\/graphql; Expires=.+; HttpOnly; SameSite=Lax/);

    const me = await graphql(api.url, ME, {}, { token: response.data?.login.accessToken });
    expect(me.data).toEqual({ me: { id: advisor.id, email: advisor.email, roles: ['ADVISOR'], maison: { slug: maison.slug }, boutique: { name: 'Paris Vendôme' } } });
  });

  it('refuses a wrong password and an unknown email with the same error', async () => {
    const { maison } = await factory.newMaison();
    const admin = await factory.newUser(maison.id, { roles: ['ADMIN'] });
    const wrongPassword = await graphql(api.url, LOGIN, { input: { email: admin.email, password: 'not the password' } });
    const unknownEmail = await graphql(api.url, LOGIN, { input: { email: 'nobody@savoir.test', password: 'not the password' } });
    expect(errorCode(wrongPassword)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(unknownEmail)).toBe('INVALID_CREDENTIALS');
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
  });

  it('asks an email of several maisons to name its maison only once the password is right; a wrong one is refused as any', async () => {
    const [first, second] = [await factory.newMaison(), await factory.newMaison()];
    const email = `twice-${first.maison.id.slice(0, 8)}@savoir.test`;
    const [advisor] = [await factory.newUser(first.maison.id, { roles: ['HR'], email }), await factory.newUser(second.maison.id, { roles: ['HR'], email })];
    expect(errorCode(await graphql(api.url, LOGIN, { input: { email, password: 'not the password' } }))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await graphql(api.url, LOGIN, { input: { email, password: advisor.password } }))).toBe('MAISON_REQUIRED');
    const named = await graphql<{ login: { viewer: { id: string } } }>(api.url, LOGIN, { input: { email, password: advisor.password, maison: first.maison.slug } });
    expect(named.data?.login.viewer.id).toBe(advisor.id);
  });

  it('finds an email in a third maison too, asking which once the password is right', async () => {
    const maisons = [await factory.newMaison(), await factory.newMaison(), await factory.newMaison()].sort((a, b) => a.maison.slug.localeCompare(b.maison.slug));
    const email = `thrice-${maisons[0].maison.id.slice(0, 8)}@savoir.test`;
    const users: Array<{ id: string }> = [];
    for (const { maison } of maisons) users.push(await factory.newUser(maison.id, { roles: ['HR'], email }));
    // The maison last in order has a password of its own.
    const [last] = maisons.slice(-1);
    const password = 'the third maison, its own password';
    const hash = await hashPassword(password);
    await factory.inMaison(last.maison.id, (manager) => manager.query(`UPDATE app_user SET password_hash = $1 WHERE id = $2`, [hash, users[2].id]));
    expect(errorCode(await graphql(api.url, LOGIN, { input: { email, password } }))).toBe('MAISON_REQUIRED');
    const named = await graphql<{ login: { viewer: { id: string } } }>(api.url, LOGIN, { input: { email, password, maison: last.maison.slug } });
    expect(named.data?.login.viewer.id).toBe(users[2].id);
  });

  it('refuses a deactivated user', async () => {
    const { maison } = await factory.newMaison();
    const former = await factory.newUser(maison.id, { roles: ['HR'], active: false });
    const response = await graphql(api.url, LOGIN, { input: { email: former.email, password: former.password } });
    expect(errorCode(response)).toBe('INVALID_CREDENTIALS');
  });

  it('rotates the refresh token, and revokes the whole session when a rotated token is reused', async () => {
    const { maison } = await factory.newMaison();
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const { cookie: first } = await login(api.url, author.email, author.password);

    const rotated = await graphql<{ refreshSession: { accessToken: string } }>(api.url, REFRESH, {}, { cookie: first });
    expect(rotated.errors).toBeUndefined();
    expect(rotated.data?.refreshSession).toMatchObject({ viewer: { boutique: null } });
    const second = sessionCookie(rotated.setCookie);
    expect(second).not.toBe(first);

    const reuse = await graphql(api.url, REFRESH, {}, { cookie: first });
    expect(errorCode(reuse)).toBe('REFRESH_TOKEN_REUSED');
    // The legitimate holder's newer token died with the family, and so did its access token.
    expect(errorCode(await graphql(api.url, REFRESH, {}, { cookie: second }))).toBe('SESSION_EXPIRED');
    expect(errorCode(await graphql(api.url, ME, {}, { token: rotated.data?.refreshSession.accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('ends the session on logout, its access token at once; the user’s other sessions go on', async () => {
    const { maison } = await factory.newMaison();
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const [phone, desktop] = [await login(api.url, hr.email, hr.password), await login(api.url, hr.email, hr.password)];
    expect((await graphql(api.url, ME, {}, { token: phone.token })).data).toMatchObject({ me: { id: hr.id } });
    const logout = await graphql(api.url, `mutation { logout }`, {}, phone);
    expect(logout.data).toEqual({ logout: true });
    expect(logout.setCookie).toMatch(/savoir_session=;/);
    expect(errorCode(await graphql(api.url, REFRESH, {}, { cookie: phone.cookie }))).toBe('SESSION_EXPIRED');
    expect(errorCode(await graphql(api.url, ME, {}, { token: phone.token }))).toBe('UNAUTHENTICATED');
    expect((await graphql(api.url, ME, {}, { token: desktop.token })).data).toMatchObject({ me: { id: hr.id } });
  });

  it('refuses a session refresh without a cookie or with a forged one', async () => {
    expect(errorCode(await graphql(api.url, REFRESH))).toBe('SESSION_EXPIRED');
    const forged = `savoir_session=${crypto.randomUUID()}.${crypto.randomUUID()}.forged`;
    expect(errorCode(await graphql(api.url, REFRESH, {}, { cookie: forged }))).toBe('SESSION_EXPIRED');
  });

  it('rate-limits sign-in attempts per email before checking the password', async () => {
    const { maison } = await factory.newMaison();
    const admin = await factory.newUser(maison.id, { roles: ['ADMIN'] });
    const attempts = [];
    for (let i = 0; i < 11; i++) attempts.push(await graphql(api.url, LOGIN, { input: { email: admin.email, password: `wrong ${i}` } }));
    expect(attempts.slice(0, 10).map(errorCode)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    const limited = attempts[10];
    expect(errorCode(limited)).toBe('LOGIN_RATE_LIMITED');
    expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Even the right password is refused while limited.
    expect(errorCode(await graphql(api.url, LOGIN, { input: { email: admin.email, password: admin.password } }))).toBe('LOGIN_RATE_LIMITED');
  });

  it('refuses an email or a password longer than any account can have, before counting or hashing anything', async () => {
    const { maison } = await factory.newMaison();
    const admin = await factory.newUser(maison.id, { roles: ['ADMIN'] });
    const overlong = await graphql(api.url, LOGIN, { input: { email: `${'a'.repeat(300)}@savoir.test`, password: 'whatever it is' } });
    expect(errorCode(overlong)).toBe('VALIDATION_FAILED');
    expect(overlong.errors?.[0].extensions?.issues).toEqual([expect.objectContaining({ field: 'email', code: 'TOO_LONG' })]);
    for (let i = 0; i < 12; i++) expect(errorCode(await graphql(api.url, LOGIN, { input: { email: admin.email, password: 'p'.repeat(200) } }))).toBe('VALIDATION_FAILED');
    // None of them counted towards the account's limit.
    expect((await graphql(api.url, LOGIN, { input: { email: admin.email, password: admin.password } })).errors).toBeUndefined();
  });

  it('answers an anonymous call to a guarded operation with UNAUTHENTICATED, and a forged token too', async () => {
    expect(errorCode(await graphql(api.url, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphql(api.url, ME, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.forged' }))).toBe('UNAUTHENTICATED');
  });
});
