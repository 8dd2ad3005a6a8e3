import type { Browser, Page } from 'playwright-core';
import type { TenantFactory } from '../../apps/api/test/factories/tenant.factory';
import { importLearningProgram } from '../../apps/api/test/factories/learning-content';
import { phonePage, signIn, webUrl } from '../support/browser';
import { withBrowser } from '../support/browser-suite';

/** The page never scrolls sideways at 375 px. */
async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/** Answers the question on screen (the right option when it is a choice; an order as shown) and waits for the outcome. */
async function answerShown(page: Page) {
  const right = page.getByRole('radio', { name: 'Right' });
  if (await right.count()) await right.check();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByTestId('learn-outcome').waitFor();
}

const REASON = /^(A point to strengthen|Time to review|One step further|From our story) · /;

describe('an advisor follows their own path on a phone', () => {
  let browser: Browser;
  let factory: TenantFactory;
  withBrowser((started, tenants) => {
    browser = started;
    factory = tenants;
  });

  it('takes the placement, sees "Your path" with its reasons, then plays today’s challenge, each question with why it was chosen, to what it earned', async () => {
    const { maison, boutique } = await factory.newMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await importLearningProgram(webUrl(''), factory, maison.id);
    const page = await phonePage(browser);
    await signIn(page, advisor.email, advisor.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // At the start of onboarding, a quiet invitation to the placement.
    await page.goto(webUrl('/learn'));
    await page.getByRole('region', { name: 'Show what you already know' }).waitFor();
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: 'Show what I know' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();

    // Each answer is recorded before the next question is chosen from it, until the placement is done.
    const done = page.getByRole('heading', { name: 'Your placement is complete' });
    for (let n = 1; n <= 12; n++) {
      await page.getByRole('heading', { name: new RegExp(`^Question ${n} of at most \\d+$`) }).or(done).waitFor();
      if (await done.isVisible()) break;
      await expectNoHorizontalScroll(page);
      await answerShown(page);
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await done.waitFor();
    const recognised = page.getByRole('list', { name: 'Recognised as known' });
    await recognised.or(page.getByText('Your path keeps every module')).waitFor();
    const knownNames = (await recognised.isVisible()) ? await recognised.getByRole('listitem').allTextContents() : [];

    // "Your path": every step with why it is there.
    await page.getByRole('link', { name: 'See your path' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your path' }).waitFor();
    await page.getByText('The certification of your path').waitFor();
    await page.getByRole('heading', { name: 'What to work on next' }).waitFor();
    // "What you know": what the placement recognised is there, each with its next review.
    const knownSection = page.getByRole('region', { name: 'What you know' });
    await knownSection.waitFor();
    for (const name of knownNames) await knownSection.getByText(name, { exact: true }).waitFor();
    await expectNoHorizontalScroll(page);

    // The worker has built a challenge from those answers: Today shows it, each question with its reason.
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    const reasons = page.getByRole('list', { name: 'Why these questions' });
    const deadline = Date.now() + 30_000;
    while (!(await reasons.isVisible()) && Date.now() < deadline) {
      await page.waitForTimeout(1_000);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    const items = await reasons.getByRole('listitem').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(REASON);
    await expectNoHorizontalScroll(page);

    // Played with the module player's question components: the reason, the question, the explanation.
    await page.getByRole('region', { name: "Today’s moment" }).getByRole('link', { name: /^(Begin|Continue)$/ }).click();
    await page.getByRole('heading', { name: /^Question \d+ of \d+$/ }).waitFor();
    await page.getByText(/^(A point to strengthen|Time to review|One step further|From our story)$/).first().waitFor();
    await answerShown(page);
    await page.getByTestId('learn-outcome').getByText(/^(Because of q\.|Founded, then)/).waitFor();
    await expectNoHorizontalScroll(page);

    // To its end: the summary says what the challenge earned once the worker has awarded its answers (here the
    // program is so small that the challenge asks again what the placement just asked: no new XP, said so).
    const toSummary = page.getByRole('button', { name: 'See the summary' });
    while (!(await toSummary.isVisible())) {
      await page.getByRole('button', { name: 'Next question' }).click();
      await answerShown(page);
    }
    await toSummary.click();
    await page.getByRole('heading', { level: 2, name: 'Challenge complete' }).waitFor();
    await page.getByTestId('learn-rewards').getByText(/^(\+\d+ XP|No new XP: these questions earned theirs a short while ago\.)$/).waitFor({ timeout: 15_000 });
    await expectNoHorizontalScroll(page);
  }, 150_000);
});
