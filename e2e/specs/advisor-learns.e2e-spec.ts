import type { Browser, Page } from 'playwright-core';
import { DEFAULT_BADGES } from '@savoir/domain';
import type { TenantFactory } from '../../apps/api/test/factories/tenant.factory';
import { importLearningProgram } from '../../apps/api/test/factories/learning-content';
import { phonePage, signIn, webUrl } from '../support/browser';
import { withBrowser } from '../support/browser-suite';

/** The page never scrolls sideways at 375 px. */
async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

describe('an advisor learns on a phone', () => {
  let browser: Browser;
  let factory: TenantFactory;
  withBrowser((started, tenants) => {
    browser = started;
    factory = tenants;
  });

  async function anAdvisor() {
    const { maison, boutique } = await factory.newMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await importLearningProgram(webUrl(''), factory, maison.id);
    await factory.inMaison(maison.id, (manager) =>
      manager.query(
        `INSERT INTO badge_definition (maison_id, code, criteria, name, description)
         SELECT $1, b->>'code', b->'criteria', jsonb_build_object('en', initcap(replace(b->>'code', '-', ' '))), '{"en": "Earned by practice"}' FROM jsonb_array_elements($2::jsonb) b`,
        [maison.id, JSON.stringify(DEFAULT_BADGES)],
      ),
    );
    const attempts = () => factory.inMaison(maison.id, async (manager) => (await manager.query(`SELECT count(*)::int AS n FROM attempt WHERE user_id = $1`, [advisor.id]))[0].n as number);
    return { advisor, attempts };
  }

  it('completes today’s module at 375 px and sees XP, a streak and a badge appear; an answer given offline is counted once', async () => {
    const { advisor, attempts } = await anAdvisor();
    const page = await phonePage(browser);
    await signIn(page, advisor.email, advisor.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(webUrl('/learn'));
    await page.getByText('Welcome').first().waitFor();
    await expectNoHorizontalScroll(page);

    // The path's first step: the welcome lesson, then its question (from the path: today's moment may be a challenge).
    await page.getByRole('region', { name: 'Your path' }).getByRole('link', { name: /^Welcome/ }).click();
    await page.getByText('Founded in').waitFor();
    await page.getByRole('button', { name: /^I have read this/ }).click();
    await page.getByText('Question q.lesson?').waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByRole('radio', { name: 'Right' }).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText('Because of q.lesson.').waitFor();
    await page.getByRole('button', { name: /See the summary|Next/ }).click();
    await page.getByText('First Steps').first().waitFor({ timeout: 20_000 }); // the new badge, once the worker has awarded it
    expect(await attempts()).toBe(1);

    await page.goto(webUrl('/learn'));
    await page.getByText('1-day streak').waitFor({ timeout: 15_000 });
    await page.getByText(/\d+ XP/).first().waitFor();
    await page.getByText('First Steps').first().waitFor();
    await expectNoHorizontalScroll(page);

    // The heritage challenge, answered with the connection gone (the worker's challenge now leads today's moment).
    await page.getByRole('region', { name: 'Your path' }).getByRole('link', { name: /^Heritage challenge/ }).click();
    await page.getByText('Question q.h1?').waitFor();
    await page.context().setOffline(true);
    await page.getByRole('radio', { name: 'Right' }).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText('Saved on this device — it will be sent when you are back online.').waitFor();
    expect(await attempts()).toBe(1);

    await page.context().setOffline(false);
    const deadline = Date.now() + 20_000;
    while ((await attempts()) < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await attempts()).toBe(2);
    // Opening the app again re-sends nothing twice.
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await attempts()).toBe(2);

    // The module resumes at its second question; the summary counts the offline answer too (the server's count).
    await page.getByText('Question q.h2?').waitFor();
    await page.getByRole('radio', { name: 'Also wrong' }).check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'See the summary' }).click();
    await page.getByText('1 of 2 right the first time').waitFor();
    await page.getByTestId('learn-rewards').getByText(/^\+\d+ XP$/).waitFor({ timeout: 20_000 });
  }, 120_000);
});
