import type { Browser } from 'playwright-core';
import type { TenantFactory } from '../../apps/api/test/factories/tenant.factory';
import { importLearningProgram } from '../../apps/api/test/factories/learning-content';
import { phonePage, signIn, webUrl } from '../support/browser';
import { withBrowser } from '../support/browser-suite';

describe('HR reads the knowledge gaps across the maison (browser, 375 px)', () => {
  let browser: Browser;
  let factory: TenantFactory;
  withBrowser((started, tenants) => {
    browser = started;
    factory = tenants;
  });

  it('sees, per boutique then per region, how many advisors have a gap on each onboarding skill, no one named, no boutique too small to hide its people, nor its people in their region', async () => {
    const { maison, boutique } = await factory.newMaison();
    const advisors = await Promise.all(['Alice', 'Bruno', 'Chloé', 'Dario', 'Elif'].map((name) => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName: `${name} Advisor` })));
    // A boutique of two: its figures would all but name them, so it is left out (and out of the total).
    const small = await factory.newBoutique(maison.id, { name: 'Genève Rhône' });
    await Promise.all(['Fanny', 'Gino'].map((name) => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: small.id, displayName: `${name} Advisor` })));
    await importLearningProgram(webUrl(''), factory, maison.id);
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const page = await phonePage(browser);
    await signIn(page, hr.email, hr.password);
    await page.getByTestId('space-insights').waitFor();

    const byBoutique = page.getByRole('table', { name: 'Advisors with a gap, by skill and boutique' });
    await byBoutique.waitFor();
    expect(await byBoutique.getByRole('columnheader').allTextContents()).toEqual(['Skill', 'All boutiques', 'Paris Vendôme5 advisors']);
    // No advisor has practised yet: all have the gap.
    expect(await byBoutique.getByRole('row', { name: /The founding/ }).getByRole('cell').allTextContents()).toEqual(['100%', '100%5 of 5']);
    expect(await page.locator('main').textContent()).not.toMatch(new RegExp(advisors.map((advisor) => advisor.displayName).join('|')));
    // The table scrolls within its frame; the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await page.getByText('Regions', { exact: true }).click(); // a segmented control: its radio input is visually hidden
    const byRegion = page.getByRole('table', { name: 'Advisors with a gap, by skill and region' });
    await byRegion.waitFor();
    expect(await byRegion.getByRole('columnheader').allTextContents()).toEqual(['Skill', 'All regions', 'Europe5 advisors']);
    await page.context().close();
  }, 60_000);

  it("reads one region's boutiques at a time in a maison of several regions", async () => {
    const { maison, boutique: paris } = await factory.newMaison();
    const [asia] = await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO region (maison_id, name) VALUES ($1, 'Asia-Pacific') RETURNING id`, [maison.id]));
    const [tokyo] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`INSERT INTO boutique (maison_id, region_id, name, city, country, timezone, locale) VALUES ($1, $2, 'Tokyo Ginza', 'Tokyo', 'JP', 'Asia/Tokyo', 'en') RETURNING id`, [maison.id, asia.id]),
    );
    await Promise.all([...[0, 1, 2, 3, 4].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: paris.id })), ...[0, 1, 2, 3, 4, 5].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: tokyo.id }))]);
    await importLearningProgram(webUrl(''), factory, maison.id);
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const page = await phonePage(browser);
    await signIn(page, hr.email, hr.password);
    const byBoutique = page.getByRole('table', { name: 'Advisors with a gap, by skill and boutique' });
    await byBoutique.waitFor();
    expect(await byBoutique.getByRole('columnheader').allTextContents()).toEqual(['Skill', 'All boutiques', 'Paris Vendôme5 advisors', 'Tokyo Ginza6 advisors']);

    await page.getByRole('combobox', { name: 'Region' }).click();
    await page.getByRole('option', { name: 'Asia-Pacific' }).click();
    await byBoutique.getByRole('columnheader', { name: 'All boutiques (Asia-Pacific)' }).waitFor();
    expect(await byBoutique.getByRole('columnheader').allTextContents()).toEqual(['Skill', 'All boutiques (Asia-Pacific)', 'Tokyo Ginza6 advisors']);
    await page.context().close();
  }, 60_000);
});
