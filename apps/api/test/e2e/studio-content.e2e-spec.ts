import { TenantFactory } from '../factories/tenant.factory';
import { errorCode, graphql, login } from '../utils/graphql-client';
import { withRunningApi } from '../utils/api-suite';
import { holdLock, waitsBehind } from '../utils/locks';
import type { RunningApi } from '../utils/test-app';

const CREATE_SKILL = `mutation ($input: CreateSkillInput!) { createSkill(input: $input) { id } }`;
const CREATE_QUESTION = `mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id code latest { version status type } } }`;
const SAVE_QUESTION = `mutation ($input: SaveQuestionDraftInput!) { saveQuestionDraft(input: $input) { latest { version status } published { version } } }`;
const CREATE_MODULE = `mutation ($input: CreateModuleInput!) { createModule(input: $input) { id latest { version status } } }`;
const SAVE_MODULE = `mutation ($input: SaveModuleDraftInput!) { saveModuleDraft(input: $input) { latest { version status texts { path text { translations { locale status } } } } published { version } } }`;
const REVIEW_MODULE = `mutation ($input: ReviewModuleInput!) { reviewModule(input: $input) { latest { version status authorship { lastEditorName publishedAt } } published { version } } }`;
const CREATE_PROGRAM = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id code onboarding } }`;
const SET_MODULES = `mutation ($input: SetProgramModulesInput!) { setProgramModules(input: $input) { code modules { code } } }`;
const REVIEW_QUESTION = `mutation ($input: ReviewQuestionInput!) { reviewQuestion(input: $input) { latest { version status } } }`;
const QUESTIONS = `query ($status: ContentStatus) { questions(filter: { status: $status }) { items { code latest { version status } published { version } } } }`;
const TRAIL = `query ($type: String!, $id: ID!) { auditTrail(entityType: $type, entityId: $id) { action actorName changes { field before after } } }`;

const en = (text: string) => ({ en: text });
const explained = (prompt: string) => ({ prompt: en(prompt), explanation: en(`Because: ${prompt}`) });

/** Five questions of three types, as the issue's walk-through asks. */
const QUESTIONS_OF_A_LESSON = [
  {
    code: 'heritage.q-founding-year',
    content: { skills: ['heritage.founding'], difficulty: 2, key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }] }, presentation: { ...explained('When was the maison founded?'), choices: { a: { text: en('1901') }, b: { text: en('1837') } } } },
  },
  {
    code: 'heritage.q-founders',
    content: { skills: ['heritage.founding'], difficulty: 3, key: { type: 'MULTIPLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: false }] }, presentation: { ...explained('Who founded it?'), choices: { a: { text: en('A watchmaker') }, b: { text: en('An enameller') }, c: { text: en('A banker') } } } },
  },
  { code: 'heritage.q-geneva', content: { skills: ['heritage.founding'], difficulty: 1, key: { type: 'TRUE_FALSE', answer: true }, presentation: explained('The first atelier was in Geneva.') } },
  { code: 'heritage.q-enamel', content: { skills: ['heritage.founding'], difficulty: 2, key: { type: 'TRUE_FALSE', answer: false }, presentation: explained('Enamel came later, in 1920.') } },
  {
    code: 'heritage.q-first-calibre',
    content: { skills: ['heritage.founding'], difficulty: 4, key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] }, presentation: { ...explained('The first calibre?'), choices: { a: { text: en('AU-1') }, b: { text: en('AU-9') } } } },
  },
];

const LESSON = {
  title: { en: 'The founding story', fr: "L'histoire de la fondation" },
  summary: { en: 'Geneva, 1837.', fr: 'Genève, 1837.' },
  estimatedMinutes: 4,
  targetSkills: ['heritage.founding'],
  blocks: [
    { kind: 'RICH_TEXT', markdown: { en: 'A **watchmaker** and an enameller.', fr: 'Un **horloger** et un émailleur.' } },
    { kind: 'TIMELINE_EVENT', date: '1837', title: en('Founding'), story: en('The first atelier opens.') },
    { kind: 'KEY_FACT', text: en('Every dial is still enamelled by hand.') },
  ],
  questions: QUESTIONS_OF_A_LESSON.map((question) => question.code),
};

describe('Studio: programs, modules and questions through review (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  async function twoAuthors() {
    const tenant = await factory.newMaison();
    const [first, second] = await Promise.all([
      factory.newUser(tenant.maison.id, { roles: ['AUTHOR'], displayName: 'Hélène Garnier' }),
      factory.newUser(tenant.maison.id, { roles: ['AUTHOR'], displayName: 'Marc Aubert' }),
    ]);
    const [helene, marc] = await Promise.all([login(api.url, first.email, first.password), login(api.url, second.email, second.password)]);
    const call = async <T = Record<string, unknown>>(auth: { token: string }, query: string, input: unknown) => graphql<T>(api.url, query, { input }, auth);
    const ok = async <T = Record<string, unknown>>(auth: { token: string }, query: string, input: unknown) => {
      const response = await call<T>(auth, query, input);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data;
    };
    await ok(helene, CREATE_SKILL, { code: 'heritage.founding', category: 'HERITAGE', name: 'The founding', description: 'Who, where, when' });
    return { ...tenant, helene, marc, call, ok };
  }

  async function aLessonWithQuestions(author: Awaited<ReturnType<typeof twoAuthors>>) {
    for (const question of QUESTIONS_OF_A_LESSON) await author.ok(author.helene, CREATE_QUESTION, question);
    const { createModule } = await author.ok<{ createModule: { id: string } }>(author.helene, CREATE_MODULE, { code: 'heritage.founding', kind: 'LESSON', content: LESSON });
    return createModule.id;
  }

  it('moves a module to review only once a save of one of its questions has finished, so the saved edit is what goes to review', async () => {
    const author = await twoAuthors();
    const moduleId = await aLessonWithQuestions(author);
    // What saveQuestionDraft holds while it writes the question's draft.
    const release = await holdLock(factory, author.maison.id, (manager) =>
      manager.query(`SELECT id FROM question WHERE maison_id = $1 AND code = 'heritage.q-geneva' FOR UPDATE`, [author.maison.id]),
    );
    const submitting = author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'SUBMIT' });
    await waitsBehind(release, submitting);
    await release();
    expect(await submitting).toMatchObject({ reviewModule: { latest: { status: 'IN_REVIEW' } } });
  });

  it('gives the question bank a page at a time, filtered on the server by status, type and a search in code, skills and prompt', async () => {
    const author = await twoAuthors();
    await aLessonWithQuestions(author);
    const PAGE = `query ($filter: QuestionFilterInput, $offset: Int!, $limit: Int!) { questions(filter: $filter, offset: $offset, limit: $limit) { total items { code } } }`;
    const page = async (filter: Record<string, unknown> | null, offset = 0, limit = 50) => {
      const response = await graphql<{ questions: { total: number; items: Array<{ code: string }> } }>(api.url, PAGE, { filter, offset, limit }, author.helene);
      return response.data ? { total: response.data.questions.total, codes: response.data.questions.items.map((item) => item.code) } : errorCode(response);
    };
    const byCode = QUESTIONS_OF_A_LESSON.map((question) => question.code).sort();
    expect(await page(null, 0, 2)).toEqual({ total: 5, codes: byCode.slice(0, 2) });
    expect(await page(null, 4, 2)).toEqual({ total: 5, codes: byCode.slice(4) });
    expect(await page(null, 10, 2)).toEqual({ total: 5, codes: [] });
    expect(await page({ type: 'TRUE_FALSE' })).toEqual({ total: 2, codes: ['heritage.q-enamel', 'heritage.q-geneva'] });
    expect(await page({ search: 'FOUNDER' })).toEqual({ total: 1, codes: ['heritage.q-founders'] });
    expect(await page({ search: 'atelier' })).toEqual({ total: 1, codes: ['heritage.q-geneva'] });
    expect(await page({ search: 'heritage.founding' })).toEqual({ total: 5, codes: byCode });
    expect(await page({ search: '%' })).toEqual({ total: 0, codes: [] });
    expect(await page({ status: 'PUBLISHED', search: 'geneva' })).toEqual({ total: 0, codes: [] });
    expect(await page({ status: 'DRAFT', type: 'SINGLE_CHOICE', search: 'calibre' })).toEqual({ total: 1, codes: ['heritage.q-first-calibre'] });
    expect(await page({ codes: ['heritage.q-geneva', 'heritage.q-founders', 'nowhere.q-unknown'] })).toEqual({ total: 2, codes: ['heritage.q-founders', 'heritage.q-geneva'] });
    for (const [offset, limit] of [[-1, 10], [0, 0], [0, 201]]) expect(await page(null, offset, limit)).toBe('VALIDATION_FAILED');
    // Accents aside, as authors type them.
    await author.ok(author.helene, CREATE_QUESTION, { code: 'heritage.q-emailleur', content: { ...QUESTIONS_OF_A_LESSON[2].content, presentation: explained('The émailleur signs every dial.') } });
    expect(await page({ search: 'EMAILLEUR' })).toEqual({ total: 1, codes: ['heritage.q-emailleur'] });
    expect(await page({ search: 'émail' })).toEqual({ total: 1, codes: ['heritage.q-emailleur'] });
  });

  it("searches each question's latest version only: its prompt in any locale, accents aside, its skills, and a draft as soon as it is saved", async () => {
    const author = await twoAuthors();
    await author.ok(author.helene, CREATE_SKILL, { code: 'craft.enamelling', category: 'CRAFT_MATERIALS', name: 'Enamelling', description: 'Grand feu' });
    const content = (skills: string[], prompt: Record<string, string>) => ({ ...QUESTIONS_OF_A_LESSON[2].content, skills, presentation: { prompt, explanation: en('Because.') } });
    const { createQuestion } = await author.ok<{ createQuestion: { id: string } }>(author.helene, CREATE_QUESTION, {
      code: 'heritage.q-first-atelier',
      content: content(['heritage.founding', 'craft.enamelling'], { en: 'The first workshop opened in 1837.', fr: 'Le premier atelier était à Genève.' }),
    });
    await author.ok(author.helene, CREATE_QUESTION, { code: 'heritage.q-other', content: content(['heritage.founding'], { en: 'Another question.' }) });
    const search = async (text: string) =>
      (await graphql<{ questions: { total: number; items: Array<{ code: string }> } }>(api.url, `query ($search: String) { questions(filter: { search: $search }) { total items { code } } }`, { search: text }, author.helene)).data
        ?.questions;
    const found = { total: 1, items: [{ code: 'heritage.q-first-atelier' }] };
    const none = { total: 0, items: [] };

    expect(await search('ETAIT A GENEVE')).toEqual(found); // the French prompt, not the source locale's
    expect(await search('était à genève')).toEqual(found);
    expect(await search('CRAFT.ENAM')).toEqual(found); // a skill

    // Published as version 1, then edited: version 2, a draft, no longer says Geneva nor needs enamelling.
    await author.ok(author.helene, REVIEW_QUESTION, { questionId: createQuestion.id, action: 'SUBMIT' });
    await author.ok(author.marc, REVIEW_QUESTION, { questionId: createQuestion.id, action: 'PUBLISH' });
    const edited = await author.ok(author.helene, SAVE_QUESTION, {
      questionId: createQuestion.id,
      content: content(['heritage.founding'], { en: 'The first boutique opened in 1854.', fr: 'La première boutique a ouvert à Paris.' }),
    });
    expect(edited).toEqual({ saveQuestionDraft: { latest: { version: 2, status: 'DRAFT' }, published: { version: 1 } } });
    expect(await search('était à genève')).toEqual(none); // only the published version 1 says it
    expect(await search('craft.enamelling')).toEqual(none);
    expect(await search('premiere boutique')).toEqual(found);

    // The same draft saved again: its text is searched as it now reads.
    await author.ok(author.helene, SAVE_QUESTION, { questionId: createQuestion.id, content: content(['heritage.founding'], { en: 'The first boutique opened in 1854.', fr: 'La première boutique a ouvert place Vendôme.' }) });
    expect(await search('place vendome')).toEqual(found);
    expect(await search('ouvert à Paris')).toEqual(none);
  });

  it('builds a program with a lesson and five questions; a second author publishes what the first submitted; the audit trail shows it', async () => {
    const author = await twoAuthors();
    const moduleId = await aLessonWithQuestions(author);
    const { createProgram } = await author.ok<{ createProgram: { id: string } }>(author.helene, CREATE_PROGRAM, { code: 'onboarding', title: 'Onboarding', description: 'The first weeks', onboarding: true, certificationThreshold: 0.8 });
    expect(await author.ok(author.helene, SET_MODULES, { programId: createProgram.id, moduleIds: [moduleId] })).toEqual({ setProgramModules: { code: 'onboarding', modules: [{ code: 'heritage.founding' }] } });

    const submitted = await author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'SUBMIT' });
    expect(submitted).toMatchObject({ reviewModule: { latest: { version: 1, status: 'IN_REVIEW' }, published: null } });
    expect((await graphql<{ questions: { items: unknown[] } }>(api.url, QUESTIONS, { status: 'IN_REVIEW' }, author.helene)).data?.questions.items).toHaveLength(5);

    const selfPublish = await author.call(author.helene, REVIEW_MODULE, { moduleId, action: 'PUBLISH' });
    expect(errorCode(selfPublish)).toBe('FOUR_EYES_REQUIRED');

    const published = await author.ok<{ reviewModule: { latest: { authorship: { publishedAt: string | null } } } }>(author.marc, REVIEW_MODULE, { moduleId, action: 'PUBLISH' });
    expect(published).toMatchObject({ reviewModule: { latest: { version: 1, status: 'PUBLISHED', authorship: { lastEditorName: 'Hélène Garnier' } }, published: { version: 1 } } });
    expect(published.reviewModule.latest.authorship.publishedAt).not.toBeNull();
    const bank = await graphql<{ questions: { items: Array<{ latest: { status: string }; published: { version: number } | null }> } }>(api.url, QUESTIONS, {}, author.helene);
    expect(bank.data?.questions.items.map((question) => [question.latest.status, question.published?.version])).toEqual(Array(5).fill(['PUBLISHED', 1]));

    const [{ pinned }] = await factory.inMaison(author.maison.id, (manager) =>
      manager.query(`SELECT cardinality(question_version_ids) AS pinned FROM module_version WHERE maison_id = $1 AND status = 'PUBLISHED'`, [author.maison.id]),
    );
    expect(pinned).toBe(5);

    const trail = await graphql<{ auditTrail: Array<{ action: string; actorName: string; changes: Array<{ field: string; after: string }> }> }>(api.url, TRAIL, { type: 'module', id: moduleId }, author.helene);
    expect(trail.data?.auditTrail.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['publish', 'Marc Aubert'],
      ['submit', 'Hélène Garnier'],
      ['created', 'Hélène Garnier'],
    ]);
    expect(trail.data?.auditTrail[0].changes).toContainEqual({ field: 'status', before: '"IN_REVIEW"', after: '"PUBLISHED"' });
  });

  it('keeps a published version immutable: an edit starts version 2, and the French it did not touch is flagged outdated', async () => {
    const author = await twoAuthors();
    const moduleId = await aLessonWithQuestions(author);
    await author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'SUBMIT' });
    await author.ok(author.marc, REVIEW_MODULE, { moduleId, action: 'PUBLISH' });

    const edited = { ...LESSON, blocks: [{ kind: 'RICH_TEXT', markdown: { en: 'A **watchmaker** and an enamel painter.', fr: 'Un **horloger** et un émailleur.' } }, ...LESSON.blocks.slice(1)] };
    const saved = await author.ok<{ saveModuleDraft: { latest: { version: number; status: string; texts: Array<{ path: string; text: { translations: Array<{ locale: string; status: string }> } }> } } }>(author.helene, SAVE_MODULE, { moduleId, content: edited });
    expect(saved.saveModuleDraft).toMatchObject({ latest: { version: 2, status: 'DRAFT' }, published: { version: 1 } });
    const french = (path: string) => saved.saveModuleDraft.latest.texts.find((text) => text.path === path)?.text.translations.find((t) => t.locale === 'fr')?.status;
    expect([french('blocks[0].markdown'), french('title'), french('blocks[2].text')]).toEqual(['OUTDATED', 'UP_TO_DATE', 'MISSING']);

    const [{ markdown }] = await factory.inMaison(author.maison.id, (manager) =>
      manager.query(`SELECT texts->'blocks'->0->'markdown'->'values'->'en'->>'text' AS markdown FROM module_version WHERE maison_id = $1 AND version = 1`, [author.maison.id]),
    );
    expect(markdown).toBe('A **watchmaker** and an enameller.'); // version 1, which attempts point at, did not change

    const questionId = (await graphql<{ questions: { items: Array<{ id: string; code: string }> } }>(api.url, `query { questions { items { id code } } }`, {}, author.helene)).data?.questions.items.find((q) => q.code === 'heritage.q-geneva')?.id;
    const unchanged = await author.ok(author.helene, SAVE_QUESTION, { questionId, content: QUESTIONS_OF_A_LESSON[2].content });
    expect(unchanged).toEqual({ saveQuestionDraft: { latest: { version: 1, status: 'PUBLISHED' }, published: { version: 1 } } }); // nothing changed, no new version
    const question = await author.ok(author.helene, SAVE_QUESTION, { questionId, content: { ...QUESTIONS_OF_A_LESSON[2].content, difficulty: 2 } });
    expect(question).toEqual({ saveQuestionDraft: { latest: { version: 2, status: 'DRAFT' }, published: { version: 1 } } });

    await author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'SUBMIT' });
    expect(errorCode(await author.call(author.helene, SAVE_MODULE, { moduleId, content: LESSON }))).toBe('CONTENT_IN_REVIEW');
    await author.ok(author.marc, REVIEW_MODULE, { moduleId, action: 'REQUEST_CHANGES' });
    expect((await author.ok<{ saveModuleDraft: { latest: { version: number } } }>(author.helene, SAVE_MODULE, { moduleId, content: LESSON })).saveModuleDraft.latest.version).toBe(2);
  });

  it('saves an edit of a block value that is no text (an event date) as a new draft, and names it in the history', async () => {
    const author = await twoAuthors();
    const moduleId = await aLessonWithQuestions(author);
    await author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'SUBMIT' });
    await author.ok(author.marc, REVIEW_MODULE, { moduleId, action: 'PUBLISH' });

    const redated = { ...LESSON, blocks: LESSON.blocks.map((block) => (block.kind === 'TIMELINE_EVENT' ? { ...block, date: '1838' } : block)) };
    const saved = await author.ok<{ saveModuleDraft: { latest: { version: number; status: string } } }>(author.helene, SAVE_MODULE, { moduleId, content: redated });
    expect(saved.saveModuleDraft).toMatchObject({ latest: { version: 2, status: 'DRAFT' }, published: { version: 1 } });
    const [{ date }] = await factory.inMaison(author.maison.id, (manager) => manager.query(`SELECT texts->'blocks'->1->>'date' AS date FROM module_version WHERE module_id = $1 AND version = 2`, [moduleId]));
    expect(date).toBe('1838');
    const trail = await graphql<{ auditTrail: Array<{ action: string; changes: Array<{ field: string; before: string | null; after: string | null }> }> }>(
      api.url,
      `query ($id: ID!) { auditTrail(entityType: "module", entityId: $id) { action changes { field before after } } }`,
      { id: moduleId },
      author.helene,
    );
    expect(trail.data?.auditTrail[0].changes).toContainEqual({ field: 'blocks[1].date', before: '"1837"', after: '"1838"' });
  });

  it("saves an edit of an image choice's picture alone", async () => {
    const author = await twoAuthors();
    const pictured = (url: string) => ({
      skills: ['heritage.founding'],
      difficulty: 2,
      key: { type: 'IMAGE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] },
      presentation: { ...explained('Which dial is enamelled?'), choices: { a: { text: en('Enamel'), imageUrl: url, imageAlt: en('An enamel dial') }, b: { text: en('Lacquer'), imageUrl: 'https://img.example/b.jpg', imageAlt: en('A lacquer dial') } } },
    });
    const { createQuestion } = await author.ok<{ createQuestion: { id: string } }>(author.helene, CREATE_QUESTION, { code: 'heritage.q-dial', content: pictured('https://img.example/a.jpg') });
    await author.ok(author.helene, SAVE_QUESTION, { questionId: createQuestion.id, content: pictured('https://img.example/a-2.jpg') });
    const [{ url }] = await factory.inMaison(author.maison.id, (manager) => manager.query(`SELECT presentation->'choices'->'a'->>'imageUrl' AS url FROM question_version WHERE question_id = $1 ORDER BY version DESC LIMIT 1`, [createQuestion.id]));
    expect(url).toBe('https://img.example/a-2.jpg');
  });

  it("refuses an outline or settings saved over another author's change to the program (EDIT_CONFLICT), and keeps theirs", async () => {
    const author = await twoAuthors();
    const moduleId = await aLessonWithQuestions(author);
    const { createProgram } = await author.ok<{ createProgram: { id: string } }>(author.helene, CREATE_PROGRAM, { code: 'boutique-basics', title: 'Basics', description: 'The first days', onboarding: false, certificationThreshold: 0.8 });
    const READ = `query ($id: ID!) { program(id: $id) { updatedAt modules { code } } }`;
    const read = async () => (await graphql<{ program: { updatedAt: string; modules: Array<{ code: string }> } }>(api.url, READ, { id: createProgram.id }, author.helene)).data?.program;
    // Both open the program; Marc saves an outline first.
    const opened = (await read())?.updatedAt;
    expect(opened).toEqual(expect.any(String));
    const OUTLINE = `mutation ($input: SetProgramModulesInput!) { setProgramModules(input: $input) { updatedAt } }`;
    await author.ok(author.marc, OUTLINE, { programId: createProgram.id, moduleIds: [moduleId], baseUpdatedAt: opened });

    expect(errorCode(await author.call(author.helene, OUTLINE, { programId: createProgram.id, moduleIds: [], baseUpdatedAt: opened }))).toBe('EDIT_CONFLICT');
    expect(errorCode(await author.call(author.helene, `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }`, { id: createProgram.id, certificationThreshold: 0.9, baseUpdatedAt: opened }))).toBe('EDIT_CONFLICT');
    const now = await read();
    expect(now?.modules).toEqual([{ code: 'heritage.founding' }]);
    // Read again, Hélène's edit goes through.
    await author.ok(author.helene, OUTLINE, { programId: createProgram.id, moduleIds: [], baseUpdatedAt: now?.updatedAt });
    expect((await read())?.modules).toEqual([]);
  });

  it('brings a question corrected and published on its own to the published module showing it, as a new version; the draft under way stays the latest', async () => {
    const author = await twoAuthors();
    const moduleId = await aLessonWithQuestions(author);
    await author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'SUBMIT' });
    await author.ok(author.marc, REVIEW_MODULE, { moduleId, action: 'PUBLISH' });
    await author.ok(author.helene, SAVE_MODULE, { moduleId, content: { ...LESSON, estimatedMinutes: 5 } }); // draft version 2
    const draftSaved = (await graphql<{ module: { latest: { authorship: { updatedAt: string } } } }>(api.url, `query ($id: ID!) { module(id: $id) { latest { authorship { updatedAt } } } }`, { id: moduleId }, author.helene)).data?.module.latest.authorship.updatedAt;

    // The enamel question's key was wrong: corrected, then published by a second author.
    const questionId = (await graphql<{ questions: { items: Array<{ id: string; code: string }> } }>(api.url, `query { questions { items { id code } } }`, {}, author.helene)).data?.questions.items.find((q) => q.code === 'heritage.q-enamel')?.id;
    await author.ok(author.helene, SAVE_QUESTION, { questionId, content: { ...QUESTIONS_OF_A_LESSON[3].content, key: { type: 'TRUE_FALSE', answer: true } } });
    await author.ok(author.helene, REVIEW_QUESTION, { questionId, action: 'SUBMIT' });
    await author.ok(author.marc, REVIEW_QUESTION, { questionId, action: 'PUBLISH' });

    const versions = await factory.inMaison(author.maison.id, (manager) =>
      manager.query(
        `SELECT mv.version, mv.status, (SELECT array_agg(q.code || ' v' || qv.version ORDER BY q.code) FROM question_version qv JOIN question q ON q.id = qv.question_id WHERE qv.id = ANY(mv.question_version_ids) AND q.code = 'heritage.q-enamel') AS enamel
           FROM module_version mv WHERE mv.module_id = $1 ORDER BY mv.version`,
        [moduleId],
      ),
    );
    expect(versions).toEqual([
      { version: 1, status: 'ARCHIVED', enamel: ['heritage.q-enamel v1'] }, // what advisors already started keeps its question
      { version: 2, status: 'PUBLISHED', enamel: ['heritage.q-enamel v2'] },
      { version: 3, status: 'DRAFT', enamel: null }, // the draft pins at its own publication
    ]);
    const trail = await graphql<{ auditTrail: Array<{ action: string; actorName: string; changes: Array<{ field: string; before: string; after: string }> }> }>(api.url, TRAIL, { type: 'module', id: moduleId }, author.helene);
    expect(trail.data?.auditTrail[0]).toMatchObject({ action: 'questions-republished', actorName: 'Marc Aubert' });
    expect(trail.data?.auditTrail[0].changes).toContainEqual({ field: 'version', before: '1', after: '2' });
    expect(JSON.parse(trail.data?.auditTrail[0].changes.find((change) => change.field === 'questions')?.after ?? '[]')).toContain('heritage.q-enamel v2');
    // Hélène's editor still holds the draft she saved: renumbering it is no edit of hers to conflict with.
    expect((await author.call(author.helene, SAVE_MODULE, { moduleId, baseUpdatedAt: draftSaved, content: { ...LESSON, estimatedMinutes: 6 } })).errors).toBeUndefined();
  });

  it('brings a question published with one module to the other published modules showing it', async () => {
    const author = await twoAuthors();
    const lessonId = await aLessonWithQuestions(author);
    const quiz = { ...LESSON, title: en('Enamel quiz'), blocks: [], questions: ['heritage.q-enamel'] };
    const quizId = (await author.ok<{ createModule: { id: string } }>(author.helene, CREATE_MODULE, { code: 'heritage.enamel-quiz', kind: 'QUIZ', content: quiz })).createModule.id;
    for (const moduleId of [lessonId, quizId]) {
      await author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'SUBMIT' });
      await author.ok(author.marc, REVIEW_MODULE, { moduleId, action: 'PUBLISH' });
    }
    // The lesson is revised with a corrected enamel question, and published with it.
    const questionId = (await graphql<{ questions: { items: Array<{ id: string; code: string }> } }>(api.url, `query { questions { items { id code } } }`, {}, author.helene)).data?.questions.items.find((q) => q.code === 'heritage.q-enamel')?.id;
    await author.ok(author.helene, SAVE_QUESTION, { questionId, content: { ...QUESTIONS_OF_A_LESSON[3].content, key: { type: 'TRUE_FALSE', answer: true } } });
    await author.ok(author.helene, SAVE_MODULE, { moduleId: lessonId, content: { ...LESSON, estimatedMinutes: 5 } });
    await author.ok(author.helene, REVIEW_MODULE, { moduleId: lessonId, action: 'SUBMIT' });
    await author.ok(author.marc, REVIEW_MODULE, { moduleId: lessonId, action: 'PUBLISH' });

    const published = await factory.inMaison(author.maison.id, (manager) =>
      manager.query(
        `SELECT m.code, mv.version, (SELECT array_agg(qv.version) FROM question_version qv JOIN question q ON q.id = qv.question_id WHERE qv.id = ANY(mv.question_version_ids) AND q.code = 'heritage.q-enamel') AS enamel
           FROM module_version mv JOIN module m ON m.id = mv.module_id WHERE mv.maison_id = $1 AND mv.status = 'PUBLISHED' ORDER BY m.code`,
        [author.maison.id],
      ),
    );
    expect(published).toEqual([
      { code: 'heritage.enamel-quiz', version: 2, enamel: [2] },
      { code: 'heritage.founding', version: 2, enamel: [2] },
    ]);
  });

  it('refuses a save made on a version another author saved since, with EDIT_CONFLICT, and keeps their work', async () => {
    const author = await twoAuthors();
    const created = await author.ok<{ createQuestion: { id: string } }>(author.helene, CREATE_QUESTION, QUESTIONS_OF_A_LESSON[2]);
    const questionId = created.createQuestion.id;
    const READ = `query ($id: ID!) { question(id: $id) { latest { version authorship { updatedAt } } } }`;
    const readBase = async () => (await graphql<{ question: { latest: { authorship: { updatedAt: string } } } }>(api.url, READ, { id: questionId }, author.helene)).data?.question.latest.authorship.updatedAt;
    const base = await readBase(); // both authors open the draft

    const SAVE = `mutation ($input: SaveQuestionDraftInput!) { saveQuestionDraft(input: $input) { latest { difficulty authorship { updatedAt } } } }`;
    const helene = await author.ok<{ saveQuestionDraft: { latest: { authorship: { updatedAt: string } } } }>(author.helene, SAVE, { questionId, baseUpdatedAt: base, content: { ...QUESTIONS_OF_A_LESSON[2].content, difficulty: 3 } });
    const marc = await author.call(author.marc, SAVE, { questionId, baseUpdatedAt: base, content: { ...QUESTIONS_OF_A_LESSON[2].content, difficulty: 5 } });
    expect(errorCode(marc)).toBe('EDIT_CONFLICT');
    expect((await graphql(api.url, `query ($id: ID!) { question(id: $id) { latest { difficulty } } }`, { id: questionId }, author.marc)).data).toEqual({ question: { latest: { difficulty: 3 } } });
    // Reloaded, Marc's edit goes in.
    const again = await author.call(author.marc, SAVE, { questionId, baseUpdatedAt: helene.saveQuestionDraft.latest.authorship.updatedAt, content: { ...QUESTIONS_OF_A_LESSON[2].content, difficulty: 5 } });
    expect(again.data).toMatchObject({ saveQuestionDraft: { latest: { difficulty: 5 } } });
  });

  it('publishes alone when the maison relaxes four-eyes', async () => {
    const author = await twoAuthors();
    const admin = await factory.newUser(author.maison.id, { roles: ['ADMIN'] });
    const adminAuth = await login(api.url, admin.email, admin.password);
    const relaxed = await graphql(api.url, `mutation { setFourEyesPublishing(enabled: false) { fourEyesPublishing } }`, {}, adminAuth);
    expect(relaxed.data).toEqual({ setFourEyesPublishing: { fourEyesPublishing: false } });
    const moduleId = await aLessonWithQuestions(author);
    await author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'SUBMIT' });
    expect(await author.ok(author.helene, REVIEW_MODULE, { moduleId, action: 'PUBLISH' })).toMatchObject({ reviewModule: { latest: { status: 'PUBLISHED' } } });
  });

  it('rejects bad content with codes and field paths, and writes nothing', async () => {
    const author = await twoAuthors();
    const singleWithTwoRight = { ...QUESTIONS_OF_A_LESSON[0].content, key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: true }] } };
    const badKey = await author.call(author.helene, CREATE_QUESTION, { code: 'heritage.q-bad', content: singleWithTwoRight });
    expect(errorCode(badKey)).toBe('VALIDATION_FAILED');
    expect(badKey.errors?.[0].extensions?.issues).toEqual([{ field: 'key.options', code: 'ONE_CORRECT_OPTION', params: { marked: 2 }, message: 'needs exactly one correct option (2 marked)' }]);

    const badShape = await author.call(author.helene, CREATE_MODULE, { code: 'heritage.x', kind: 'LESSON', content: { ...LESSON, estimatedMinutes: 'four', blocks: [{ kind: 'IMAGE', url: '/a.jpg' }] } });
    expect(errorCode(badShape)).toBe('VALIDATION_FAILED');
    expect((badShape.errors?.[0].extensions?.issues as Array<{ field: string }>).map((issue) => issue.field)).toEqual(['estimatedMinutes', 'blocks[0].alt']);

    const unknownRefs = await author.call(author.helene, CREATE_MODULE, { code: 'heritage.y', kind: 'QUIZ', content: { ...LESSON, targetSkills: ['heritage.nope'], questions: ['heritage.q-nope'] } });
    expect(unknownRefs.errors?.[0].extensions?.issues).toEqual([
      { field: 'targetSkills', code: 'SKILL_UNKNOWN', params: { code: 'heritage.nope' }, message: 'unknown skill "heritage.nope"' },
      { field: 'questions', code: 'QUESTION_UNKNOWN', params: { code: 'heritage.q-nope' }, message: 'unknown question "heritage.q-nope"' },
    ]);

    const moduleId = await aLessonWithQuestions(author);
    expect(errorCode(await author.call(author.marc, REVIEW_MODULE, { moduleId, action: 'PUBLISH' }))).toBe('INVALID_TRANSITION');
    const [{ modules, questions }] = await factory.inMaison(author.maison.id, (manager) =>
      manager.query(`SELECT (SELECT count(*)::int FROM module WHERE maison_id = $1) AS modules, (SELECT count(*)::int FROM question WHERE maison_id = $1) AS questions`, [author.maison.id]),
    );
    expect([modules, questions]).toEqual([1, 5]);

    expect(errorCode(await author.call(author.helene, CREATE_PROGRAM, { code: 'onboarding', title: 'A', description: 'B', onboarding: true, certificationThreshold: 0.8 }))).toBeUndefined();
    expect(errorCode(await author.call(author.helene, CREATE_PROGRAM, { code: 'onboarding-2', title: 'A', description: 'B', onboarding: true, certificationThreshold: 0.8 }))).toBe('ONBOARDING_TAKEN');
    expect(errorCode(await author.call(author.helene, CREATE_PROGRAM, { code: 'boutique-2', title: 'A', description: 'B', onboarding: false, certificationThreshold: 1.5 }))).toBe('VALIDATION_FAILED');
    // Stored to three decimals: a finer threshold is refused rather than rounded to another (or to 0).
    expect(errorCode(await author.call(author.helene, CREATE_PROGRAM, { code: 'boutique-2', title: 'A', description: 'B', onboarding: false, certificationThreshold: 0.0004 }))).toBe('VALIDATION_FAILED');
  });

  it("keeps one maison's content from another", async () => {
    const first = await twoAuthors();
    const moduleId = await aLessonWithQuestions(first);
    const second = await twoAuthors();
    expect(errorCode(await second.call(second.helene, SAVE_MODULE, { moduleId, content: LESSON }))).toBe('NOT_FOUND');
    expect((await graphql<{ questions: { items: unknown[] } }>(api.url, QUESTIONS, {}, second.helene)).data?.questions).toEqual({ items: [] });
  });
});
