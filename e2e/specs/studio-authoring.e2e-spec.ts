import type { Browser, Locator, Page } from 'playwright-core';
import type { TenantFactory } from '../../apps/api/test/factories/tenant.factory';
import { packageChecksum } from '../../apps/api/src/modules/studio/program-packages';
import { ONBOARDING_PROGRAM } from '../../apps/api/src/seed/content/onboarding-program';
import { graphql, login } from '../../apps/api/test/utils/graphql-client';
import { signIn, webUrl } from '../support/browser';
import { withBrowser } from '../support/browser-suite';

const DESKTOP = { width: 1280, height: 900 };
const TABLET = { width: 768, height: 1024 };

/** Picks an option of a Mantine select or multi-select (a combobox). */
async function choose(page: Page, scope: Page | Locator, label: string | RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The page never scrolls sideways: what does not fit scrolls inside its own container. */
async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

interface QuestionSpec {
  code: string;
  type: 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE';
  prompt: string;
  options?: Array<{ text: string; correct: boolean }>;
  answer?: boolean;
}

/** Five questions of three types, written in the question editor as an author would. */
const QUESTIONS: QuestionSpec[] = [
  { code: 'heritage.q-founding-year', type: 'SINGLE_CHOICE', prompt: 'In which year was the maison founded?', options: [{ text: '1901', correct: false }, { text: '1837', correct: true }] },
  { code: 'heritage.q-founding-city', type: 'SINGLE_CHOICE', prompt: 'In which city did the first atelier open?', options: [{ text: 'Geneva', correct: true }, { text: 'Lyon', correct: false }] },
  { code: 'heritage.q-founders', type: 'MULTIPLE_CHOICE', prompt: 'Who founded the maison?', options: [{ text: 'A watchmaker', correct: true }, { text: 'An enameller', correct: true }, { text: 'A banker', correct: false }] },
  { code: 'heritage.q-family', type: 'TRUE_FALSE', prompt: 'The maison is still owned by the founding family.', answer: true },
  { code: 'heritage.q-first-jewel', type: 'TRUE_FALSE', prompt: 'The first jewellery came before the first watch.', answer: false },
];

async function writeQuestion(page: Page, question: QuestionSpec) {
  await page.goto(webUrl('/studio/questions/new'));
  const form = page.getByRole('form', { name: 'New question' });
  await form.getByLabel(/^Code/).fill(question.code);
  await form.getByLabel(/^Type/).selectOption(question.type);
  await choose(page, form, /^Skills/, 'heritage.founding');
  await form.getByRole('textbox', { name: /^Prompt/ }).fill(question.prompt);
  await form.getByRole('textbox', { name: /^Explanation/ }).fill(`About: ${question.prompt}`);
  if (question.type === 'TRUE_FALSE') {
    await form.getByRole('radiogroup', { name: /^The statement is/ }).getByRole('radio', { name: question.answer ? 'True' : 'False' }).check();
  }
  for (const [i, option] of (question.options ?? []).entries()) {
    const name = `Option ${String.fromCharCode(65 + i)}`;
    if (i >= 2) await form.getByRole('button', { name: 'Add option' }).click();
    const group = form.getByRole('group', { name, exact: true });
    await group.getByLabel(/^Text/).fill(option.text);
    if (option.correct) await group.getByRole(question.type === 'MULTIPLE_CHOICE' ? 'checkbox' : 'radio', { name: new RegExp(`— ${name}$`) }).check();
  }
  await form.getByRole('button', { name: 'Create question' }).click();
  await page.getByRole('heading', { level: 2, name: question.code }).waitFor();
}

describe('Studio authoring (browser)', () => {
  let browser: Browser;
  let factory: TenantFactory;
  withBrowser((started, tenants) => {
    browser = started;
    factory = tenants;
  });

  /** A maison with two authors and the skill the content trains (the skills pages have their own tests). */
  async function aMaisonWithTwoAuthors() {
    const { maison } = await factory.newMaison('Maison Aurèle');
    const [helene, marc] = await Promise.all([
      factory.newUser(maison.id, { roles: ['AUTHOR'], displayName: 'Hélène Garnier' }),
      factory.newUser(maison.id, { roles: ['AUTHOR'], displayName: 'Marc Aubert' }),
    ]);
    const auth = await login(webUrl(''), helene.email, helene.password);
    const skill = await graphql(webUrl(''), `mutation { createSkill(input: { code: "heritage.founding", category: HERITAGE, name: "The founding", description: "Geneva, 1837" }) { id } }`, {}, auth);
    if (!skill.data) throw new Error(JSON.stringify(skill.errors));
    return { maison, helene, marc, auth };
  }

  it('an author builds a program with a lesson and five questions of three types, a second author publishes it, and the history shows it (desktop)', async () => {
    const { maison, helene, marc } = await aMaisonWithTwoAuthors();
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, helene.email, helene.password);
    await page.getByTestId('space-studio').waitFor();

    for (const question of QUESTIONS) await writeQuestion(page, question);

    await page.goto(webUrl('/studio/modules'));
    await page.getByRole('button', { name: 'New module' }).click();
    const moduleDialog = page.getByRole('dialog', { name: 'New module' });
    await moduleDialog.getByLabel(/^Code/).fill('heritage.founding');
    await choose(page, moduleDialog, /^Kind/, 'Lesson');
    await moduleDialog.getByLabel(/^Title/).fill('The founding story');
    await moduleDialog.getByLabel(/^Summary/).fill('Geneva, 1837: a watchmaker and an enameller.');
    await moduleDialog.getByLabel(/^Estimated minutes/).fill('5');
    await moduleDialog.getByRole('button', { name: 'New module' }).click();
    await page.getByRole('heading', { level: 2, name: 'The founding story' }).waitFor();

    await choose(page, page, 'Kind of block', 'Text');
    await page.getByRole('button', { name: 'Add block' }).click();
    await page.getByRole('region', { name: 'Block 1 · Text' }).getByLabel(/^Text \(Markdown\)/).fill('A **watchmaker** and an enameller open their atelier in Geneva.');
    await page.getByRole('region', { name: 'Block 1 · Text' }).getByTestId('markdown-preview').getByText('watchmaker').waitFor(); // the server-sanitised preview
    for (const question of QUESTIONS) {
      await choose(page, page, 'Add a question from the bank', `${question.code} · ${question.prompt}`);
      await page.getByRole('button', { name: 'Add question' }).click();
    }
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();

    await page.goto(webUrl('/studio/programs'));
    await page.getByRole('button', { name: 'New program' }).click();
    const programDialog = page.getByRole('dialog', { name: 'New program' });
    await programDialog.getByLabel(/^Code/).fill('onboarding');
    await programDialog.getByLabel(/^Title/).fill('Welcome to the maison');
    await programDialog.getByLabel(/^Description/).fill('The first weeks of a new advisor.');
    await programDialog.getByLabel(/^Certification threshold/).fill('80');
    await programDialog.getByRole('button', { name: 'New program' }).click();
    await page.getByRole('link', { name: 'Welcome to the maison' }).click();
    await choose(page, page, 'Add a module', 'The founding story (heritage.founding)');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('list', { name: 'Modules in order' }).getByRole('link', { name: 'The founding story' }).click();

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByTestId('module-version-line').getByText(/In review/).waitFor();
    expect(await page.getByRole('button', { name: 'Publish' }).isDisabled()).toBe(true); // four-eyes: not by its last editor

    const reviewerContext = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, marc.email, marc.password);
    await reviewer.getByTestId('space-studio').waitFor();
    await reviewer.goto(webUrl('/studio/review'));
    await reviewer.getByRole('table', { name: 'Questions' }).getByRole('link', { name: 'heritage.q-founders' }).waitFor(); // its questions came along
    await reviewer.getByRole('button', { name: 'Publish heritage.founding' }).click();
    await reviewer.getByText('Nothing waits for review.', { exact: false }).waitFor(); // the module's questions were published with it

    await page.reload();
    await page.getByTestId('module-version-line').getByText(/Version 1 · Published/).waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Marc Aubert published it').waitFor();
    await history.getByText('Hélène Garnier submitted it for review').waitFor();

    const [published] = await factory.inMaison(maison.id, (manager) =>
      manager.query(
        `SELECT (SELECT count(*)::int FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED') AS questions,
                (SELECT array_agg(DISTINCT type ORDER BY type) FROM question_version WHERE maison_id = $1) AS types,
                (SELECT cardinality(question_version_ids) FROM module_version WHERE maison_id = $1 AND status = 'PUBLISHED') AS pinned`,
        [maison.id],
      ),
    );
    expect(published).toEqual({ questions: 5, types: ['MULTIPLE_CHOICE', 'SINGLE_CHOICE', 'TRUE_FALSE'], pinned: 5 });
    await Promise.all([context.close(), reviewerContext.close()]);
  }, 240_000);

  it('flags the French translation as outdated once the English source is edited (768 px)', async () => {
    const { helene, auth } = await aMaisonWithTwoAuthors();
    const created = await graphql<{ createModule: { id: string } }>(
      webUrl(''),
      `mutation ($input: CreateModuleInput!) { createModule(input: $input) { id } }`,
      {
        input: {
          code: 'heritage.ateliers',
          kind: 'LESSON',
          content: {
            title: { en: 'The ateliers', fr: 'Les ateliers' },
            summary: { en: 'Where every piece is finished.', fr: 'Là où chaque pièce est achevée.' },
            estimatedMinutes: 4,
            targetSkills: ['heritage.founding'],
            blocks: [{ kind: 'KEY_FACT', text: { en: 'Every dial is enamelled by hand.', fr: 'Chaque cadran est émaillé à la main.' } }],
            questions: [],
          },
        },
      },
      auth,
    );
    const moduleId = created.data?.createModule.id;
    const context = await browser.newContext({ viewport: TABLET, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, helene.email, helene.password);
    await page.getByTestId('space-studio').waitFor();

    await page.goto(webUrl(`/studio/modules/${moduleId}`));
    await page.getByRole('heading', { level: 2, name: 'The ateliers' }).waitFor();
    await page.getByRole('region', { name: 'Block 1 · Key fact' }).getByLabel(/^Fact/).fill('Every dial is still enamelled by hand, in Geneva.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
    await expectNoHorizontalScroll(page);

    await page.locator('label', { hasText: /^French$/ }).click(); // a segmented control: its radio input is visually hidden
    await page.getByRole('region', { name: 'Block 1 · Key fact' }).getByRole('textbox', { name: /^Fact.*FR outdated/ }).waitFor();
    await page.getByRole('textbox', { name: /^Title$/ }).waitFor(); // the untouched title stays up to date: no badge

    await page.goto(webUrl('/studio/translations'));
    const gaps = page.getByRole('main');
    await gaps.getByText('Every dial is still enamelled by hand, in Geneva.').waitFor();
    await gaps.getByText('Chaque cadran est émaillé à la main.').waitFor();
    await gaps.getByText('1 text outdated').waitFor(); // only the edited block; the untouched title and summary stay up to date
    await expectNoHorizontalScroll(page);
    await context.close();
  });

  it('imports nothing from a question CSV with one bad row, and names the row (768 px)', async () => {
    const { maison, helene } = await aMaisonWithTwoAuthors();
    const context = await browser.newContext({ viewport: TABLET, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, helene.email, helene.password);
    await page.getByTestId('space-studio').waitFor();

    await page.goto(webUrl('/studio/questions/import'));
    const csv = [
      'code,type,skills,difficulty,prompt.en,explanation.en,correct,choice1.en,choice2.en',
      'heritage.q-year,SINGLE_CHOICE,heritage.founding,2,Founded in?,Geneva 1837.,2,1901,1837',
      'heritage.q-city,SINGLE_CHOICE,heritage.founding,2,Which city?,Geneva.,3,Geneva,Lyon',
      'heritage.q-family,TRUE_FALSE,heritage.founding,1,Still family-owned?,It is.,true,,',
    ].join('\n');
    const form = page.getByRole('form', { name: 'Import questions from CSV' });
    await form.getByRole('textbox', { name: /^CSV content/ }).fill(csv);
    await form.getByRole('button', { name: 'Import' }).click();

    await page.getByText(/Nothing was imported: row 3 has problems/).waitFor();
    const problems = page.getByRole('table', { name: 'Problems found in the file' });
    await problems.getByRole('cell', { name: 'there is no choice 3' }).waitFor();
    expect(await problems.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('3');
    await expectNoHorizontalScroll(page);
    const [{ n }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT count(*)::int AS n FROM question WHERE maison_id = $1`, [maison.id]));
    expect(n).toBe(0);
    await context.close();
  });

  it('calculates the item statistics on an author’s request and shows them with their time (768 px)', async () => {
    const { maison, boutique } = await factory.newMaison('Maison Aurèle');
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const auth = await login(webUrl(''), author.email, author.password);
    await graphql(webUrl(''), `mutation ($json: String!) { importProgramPackage(json: $json) { program } }`, { json: JSON.stringify({ ...ONBOARDING_PROGRAM, checksum: packageChecksum(ONBOARDING_PROGRAM) }) }, auth);
    const advisors = await Promise.all(Array.from({ length: 6 }, () => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id })));
    // Six advisors answered every published question once, a third of the answers wrong (as their devices would have sent them).
    await factory.inMaison(maison.id, (manager) =>
      manager.query(
        `INSERT INTO attempt (id, maison_id, user_id, question_id, question_version_id, answer, score, correct, time_taken_ms, answered_at, created_at)
         SELECT gen_random_uuid(), $1, u.id, v.question_id, v.id, '{"type": "NUMERIC", "value": 0}', r.score, r.score = 1, 9000, now(), now()
           FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, n) JOIN question_version v ON v.maison_id = $1 AND v.status = 'PUBLISHED'
           CROSS JOIN LATERAL (SELECT CASE WHEN (u.n + v.version + length(v.id::text)) % 3 = 0 THEN 0 ELSE 1 END AS score) r`,
        [maison.id, advisors.map((advisor) => advisor.id)],
      ),
    );
    const context = await browser.newContext({ viewport: TABLET, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, author.email, author.password);
    await page.getByTestId('space-studio').waitFor();
    await page.goto(webUrl('/studio/statistics'));

    await page.getByText('Not calculated yet.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Calculate now' }).click();
    // The worker analyses the 1,104 answers; the page polls until they land.
    const table = page.getByRole('table', { name: 'Item statistics' });
    await table.waitFor({ timeout: 30_000 });
    await page.getByText(/^Calculated on .+\. The statistics are recalculated every night\.$/).waitFor();
    await page.getByText('184 questions').waitFor();
    expect(await table.getByTestId('item-row').count()).toBe(184);
    expect(await table.getByTestId('item-row').first().getByRole('cell').nth(3).textContent()).toBe('6 / 6');
    await expectNoHorizontalScroll(page);
    await context.close();
  }, 120_000);

  it('keeps every Studio page usable at 768 px with the demo program loaded', async () => {
    const { maison } = await factory.newMaison('Maison Aurèle');
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const auth = await login(webUrl(''), author.email, author.password);
    const imported = await graphql(webUrl(''), `mutation ($json: String!) { importProgramPackage(json: $json) { program } }`, { json: JSON.stringify({ ...ONBOARDING_PROGRAM, checksum: packageChecksum(ONBOARDING_PROGRAM) }) }, auth);
    expect(imported.data).toEqual({ importProgramPackage: { program: 'created' } });
    const [ids] = await factory.inMaison(maison.id, (manager) =>
      manager.query(
        `SELECT (SELECT id FROM program WHERE maison_id = $1) AS program, (SELECT id FROM module WHERE maison_id = $1 ORDER BY code LIMIT 1) AS module,
                (SELECT id FROM question WHERE maison_id = $1 ORDER BY code LIMIT 1) AS question, (SELECT id FROM skill WHERE maison_id = $1 ORDER BY code LIMIT 1) AS skill`,
        [maison.id],
      ),
    );
    const context = await browser.newContext({ viewport: TABLET, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, author.email, author.password);
    await page.getByTestId('space-studio').waitFor();
    const pages = ['/studio/programs', `/studio/programs/${ids.program}`, '/studio/modules', `/studio/modules/${ids.module}`, '/studio/questions', `/studio/questions/${ids.question}`, '/studio/questions/new', '/studio/questions/import', '/studio/skills', `/studio/skills/${ids.skill}`, '/studio/review', '/studio/translations', '/studio/statistics', '/studio/gaps'];
    for (const path of pages) {
      await page.goto(webUrl(path));
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect([path, await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)]).toEqual([path, 0]);
    }
    await context.close();
  }, 120_000);
});
