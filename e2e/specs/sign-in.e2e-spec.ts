import type { Role } from '@savoir/domain';
import type { Browser } from 'playwright-core';
import type { TenantFactory } from '../../apps/api/test/factories/tenant.factory';
import { phonePage, signIn } from '../support/browser';
import { withBrowser } from '../support/browser-suite';

describe('signing in (browser, 375 px)', () => {
  let browser: Browser;
  let factory: TenantFactory;
  let tenant: Awaited<ReturnType<TenantFactory['newMaison']>>;
  withBrowser(async (started, tenants) => {
    browser = started;
    factory = tenants;
    tenant = await factory.newMaison('Maison Aurèle');
  });

  it.each<[Role, string, string]>([
    ['ADVISOR', '/learn', 'space-learn'],
    ['AUTHOR', '/studio', 'space-studio'],
    ['HR', '/insights', 'space-insights'],
    ['ADMIN', '/admin', 'space-admin'],
  ])('lands a %s in their own space', async (role, path, testId) => {
    const user = await factory.newUser(tenant.maison.id, { roles: [role], boutiqueId: tenant.boutique.id, displayName: `Camille ${role}` });
    const page = await phonePage(browser);
    await signIn(page, user.email, user.password);
    await page.getByTestId(testId).waitFor();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${path}`));
    await page.context().close();
  });

  it('shows an error and stays on the sign-in page after a wrong password', async () => {
    const user = await factory.newUser(tenant.maison.id, { roles: ['ADVISOR'], boutiqueId: tenant.boutique.id });
    const page = await phonePage(browser);
    await signIn(page, user.email, 'not the right password');
    await expect(page.getByRole('alert').filter({ hasText: 'The email or password is incorrect.' }).textContent()).resolves.toContain('incorrect');
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  it('keeps the session across a reload through the httpOnly cookie, and signs out', async () => {
    const user = await factory.newUser(tenant.maison.id, { roles: ['HR'] });
    const page = await phonePage(browser);
    await signIn(page, user.email, user.password);
    await page.getByTestId('space-insights').waitFor();
    await page.reload();
    await page.getByTestId('space-insights').waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'savoir_session')).toMatchObject({ httpOnly: true });
    const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(storage).not.toMatch(/ey[A-Za-z0-9_-]{10,}\./); // no token kept where scripts can read it
    await page.context().close();
  });
});
