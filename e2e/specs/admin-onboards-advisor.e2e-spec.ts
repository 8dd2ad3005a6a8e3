import type { Browser, Page } from 'playwright-core';
import type { TenantFactory } from '../../apps/api/test/factories/tenant.factory';
import { signIn, webUrl } from '../support/browser';
import { withBrowser } from '../support/browser-suite';

/** Picks an option of a Mantine select (a combobox), typing first when the list is long. */
async function choose(page: Page, dialogName: string, label: string, option: string, typed?: string) {
  const input = page.getByRole('dialog', { name: dialogName }).getByLabel(label);
  await input.click();
  if (typed) await input.fill(typed);
  const choice = page.getByRole('option', { name: option, exact: true });
  await choice.waitFor();
  await choice.click();
}

/** The walk-through: the admin creates a boutique and an advisor, who signs in and lands in Learn. */
describe('an admin onboards a new advisor (browser, desktop)', () => {
  let browser: Browser;
  let factory: TenantFactory;
  withBrowser((started, tenants) => {
    browser = started;
    factory = tenants;
  });

  it('creates a boutique, then an advisor in it, who signs in and lands in Learn', async () => {
    const { maison } = await factory.newMaison('Maison Aurèle');
    const admin = await factory.newUser(maison.id, { roles: ['ADMIN'] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();

    await signIn(page, admin.email, admin.password);
    await page.getByTestId('space-admin').waitFor();

    await page.goto(webUrl('/admin/organisation'));
    await page.getByRole('button', { name: 'Add boutique' }).click();
    const boutiqueDialog = page.getByRole('dialog', { name: 'New boutique' });
    await boutiqueDialog.getByRole('textbox', { name: 'Boutique' }).fill('Tokyo Ginza');
    await boutiqueDialog.getByRole('textbox', { name: 'City' }).fill('Tokyo');
    await boutiqueDialog.getByRole('textbox', { name: 'Country' }).fill('JP');
    await choose(page, 'New boutique', 'Time zone', 'Asia/Tokyo', 'Asia/Tok');
    await choose(page, 'New boutique', 'Language', 'English');
    await boutiqueDialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Tokyo Ginza' }).first().waitFor();

    await page.goto(webUrl('/admin/users'));
    await page.getByRole('button', { name: 'New user' }).click();
    const userDialog = page.getByRole('dialog', { name: 'New user' });
    await userDialog.getByRole('textbox', { name: 'Email' }).fill('aiko.sato@maison-aurele.test');
    await userDialog.getByRole('textbox', { name: 'Name' }).fill('Aiko Sato');
    await userDialog.getByText('Advisor', { exact: true }).waitFor(); // a new user is an advisor unless changed
    await choose(page, 'New user', 'Boutique', 'Tokyo Ginza · Tokyo', 'Tokyo');
    await userDialog.getByLabel('Start date').fill('2026-11-02');
    await userDialog.getByLabel('Initial password').fill('a long first password');
    await userDialog.getByRole('button', { name: 'New user' }).click();
    await page.getByRole('cell', { name: /Aiko Sato/ }).first().waitFor();

    const advisorContext = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'en-GB' });
    const advisorPage = await advisorContext.newPage();
    await signIn(advisorPage, 'aiko.sato@maison-aurele.test', 'a long first password');
    await advisorPage.getByTestId('space-learn').waitFor();
    expect(new URL(advisorPage.url()).pathname).toBe('/learn');

    const [aiko] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT u.roles, u.timezone, b.name AS boutique FROM app_user u JOIN boutique b ON b.id = u.boutique_id WHERE u.email = 'aiko.sato@maison-aurele.test' AND u.maison_id = $1`, [maison.id]),
    );
    expect(aiko).toEqual({ roles: ['ADVISOR'], timezone: 'Asia/Tokyo', boutique: 'Tokyo Ginza' });
    await Promise.all([context.close(), advisorContext.close()]);
  });
});
