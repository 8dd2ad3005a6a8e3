import type { ProgramPackage } from '@savoir/domain';
import { ONBOARDING_PROGRAM } from '../../src/seed/content/onboarding-program';
import { packageChecksum } from '../../src/modules/studio/program-packages';
import { LEARNING_PACKAGE } from '../factories/learning-content';
import { TenantFactory } from '../factories/tenant.factory';
import { errorCode, graphql, login } from '../utils/graphql-client';
import { withRunningApi } from '../utils/api-suite';
import { holdLock, waitsBehind } from '../utils/locks';
import type { RunningApi } from '../utils/test-app';

const IMPORT = `mutation ($json: String!) { importProgramPackage(json: $json) { skills { created updated } questions { created updated } modules { created updated } program } }`;
const EXPORT = `query ($id: ID!) { exportProgramPackage(programId: $id) { fileName json checksum } }`;
const IMPORT_CSV = `mutation ($csv: String!) { importQuestionsCsv(csv: $csv) { code latest { version status type } } }`;

const signed = (pkg: ProgramPackage) => JSON.stringify({ ...pkg, checksum: packageChecksum(pkg) });

describe('Studio: program packages and the question-bank CSV (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  async function anAuthor() {
    const tenant = await factory.newMaison();
    const author = await factory.newUser(tenant.maison.id, { roles: ['AUTHOR'], displayName: 'Hélène Garnier', email: `helene-${tenant.maison.id.slice(0, 8)}@maison.test` });
    return { ...tenant, author, auth: await login(api.url, author.email, author.password) };
  }

  const count = (maisonId: string, table: string, where = 'true') =>
    factory.inMaison(maisonId, async (manager) => (await manager.query(`SELECT count(*)::int AS n FROM ${table} WHERE maison_id = $1 AND ${where}`, [maisonId]))[0].n as number);

  it('moves a program between deployments: import, import again (nothing changes), export, import elsewhere, export the same bytes', async () => {
    const regionA = await anAuthor();
    const first = await graphql(api.url, IMPORT, { json: signed(ONBOARDING_PROGRAM) }, regionA.auth);
    const all = (items: readonly unknown[]) => ({ created: items.length, updated: 0 });
    expect(first.data).toEqual({
      importProgramPackage: { skills: all(ONBOARDING_PROGRAM.skills), questions: all(ONBOARDING_PROGRAM.questions), modules: all(ONBOARDING_PROGRAM.modules), program: 'created' },
    });
    const nothing = { created: 0, updated: 0 };
    expect((await graphql(api.url, IMPORT, { json: signed(ONBOARDING_PROGRAM) }, regionA.auth)).data).toEqual({ importProgramPackage: { skills: nothing, questions: nothing, modules: nothing, program: 'unchanged' } });
    expect(await count(regionA.maison.id, 'question_version')).toBe(ONBOARDING_PROGRAM.questions.length);

    const programs = await graphql<{ programs: Array<{ id: string; code: string }> }>(api.url, `query { programs { id code } }`, {}, regionA.auth);
    const exported = await graphql<{ exportProgramPackage: { fileName: string; json: string; checksum: string } }>(api.url, EXPORT, { id: programs.data?.programs[0].id }, regionA.auth);
    const file = exported.data?.exportProgramPackage;
    expect(file?.fileName).toBe(`${ONBOARDING_PROGRAM.program.code}.savoir-package.json`);
    expect(file?.json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/); // no ids
    expect(file?.json).not.toContain(regionA.author.email);
    expect(file?.json).not.toContain('Hélène Garnier');

    const regionB = await anAuthor();
    expect((await graphql(api.url, IMPORT, { json: file?.json }, regionB.auth)).data).toEqual(first.data);
    // Rows come back in whatever order the table holds them: an update moves a row, the package must not change.
    await factory.inMaison(regionB.maison.id, (manager) => manager.query(`UPDATE skill SET name = name WHERE maison_id = $1 AND code = $2`, [regionB.maison.id, ONBOARDING_PROGRAM.skills[0].code]));
    const programsB = await graphql<{ programs: Array<{ id: string }> }>(api.url, `query { programs { id } }`, {}, regionB.auth);
    const again = await graphql<{ exportProgramPackage: { checksum: string } }>(api.url, EXPORT, { id: programsB.data?.programs[0].id }, regionB.auth);
    expect(again.data?.exportProgramPackage.checksum).toBe(file?.checksum);
  });

  it('publishes a changed question as a new version and flags the French the change outdated', async () => {
    const { maison, auth } = await anAuthor();
    await graphql(api.url, IMPORT, { json: signed(ONBOARDING_PROGRAM) }, auth);
    const target = ONBOARDING_PROGRAM.questions.find((question) => question.presentation.prompt['fr']) ?? ONBOARDING_PROGRAM.questions[0];
    const changed: ProgramPackage = {
      ...ONBOARDING_PROGRAM,
      questions: ONBOARDING_PROGRAM.questions.map((question) =>
        question === target ? { ...question, presentation: { ...question.presentation, prompt: { ...question.presentation.prompt, en: `${question.presentation.prompt['en']} (revised)` } } } : question,
      ),
    };
    const result = await graphql<{ importProgramPackage: { questions: unknown; modules: unknown } }>(api.url, IMPORT, { json: signed(changed) }, auth);
    expect(result.data?.importProgramPackage.questions).toEqual({ created: 0, updated: 1 });

    const bank = await graphql<{ questions: { items: Array<{ code: string; latest: { version: number; status: string; prompt: { translations: Array<{ locale: string; status: string }> } } }> } }>(
      api.url,
      `query { questions(limit: 200) { items { code latest { version status prompt { translations { locale status } } } } } }`,
      {},
      auth,
    );
    const question = bank.data?.questions.items.find((q) => q.code === target.code);
    expect(question?.latest).toEqual({ version: 2, status: 'PUBLISHED', prompt: { translations: [{ locale: 'en', status: 'UP_TO_DATE' }, { locale: 'fr', status: 'OUTDATED' }] } });
    expect(await count(maison.id, 'question_version', `status = 'ARCHIVED'`)).toBe(1);
    // The modules showing it, unchanged themselves, now show its version 2: none still pins the archived one.
    const showing = `EXISTS (SELECT 1 FROM question_version qv JOIN question q ON q.id = qv.question_id WHERE qv.id = ANY(mv.question_version_ids) AND q.code = '${target.code}'`;
    expect(await count(maison.id, 'module_version mv', `mv.status = 'PUBLISHED' AND ${showing})`)).toBeGreaterThan(0);
    expect(await count(maison.id, 'module_version mv', `mv.status = 'PUBLISHED' AND ${showing} AND qv.status <> 'PUBLISHED')`)).toBe(0);
    expect(await count(maison.id, 'audit_entry', `action = 'questions-republished'`)).toBeGreaterThan(0);
  });

  it('publishes a module whose only change is a video address or an event date, keeping its published version until then', async () => {
    const { maison, auth } = await anAuthor();
    const withBlocks = (url: string, date: string): ProgramPackage => ({
      ...LEARNING_PACKAGE,
      modules: LEARNING_PACKAGE.modules.map((module) =>
        module.code === 'welcome'
          ? { ...module, blocks: [...module.blocks, { kind: 'VIDEO', url, caption: { en: 'The workshop' } }, { kind: 'TIMELINE_EVENT', date, title: { en: 'Founding' }, story: { en: 'A workshop opens.' } }] }
          : module,
      ),
    });
    expect((await graphql(api.url, IMPORT, { json: signed(withBlocks('https://video.example/v1', '1837-05-01')) }, auth)).errors).toBeUndefined();
    const result = await graphql<{ importProgramPackage: { modules: unknown } }>(api.url, IMPORT, { json: signed(withBlocks('https://video.example/v2', '1837-06-01')) }, auth);
    expect(result.data?.importProgramPackage.modules).toEqual({ created: 0, updated: 1 });
    const versions = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT mv.version, mv.status, mv.texts->'blocks' AS blocks FROM module_version mv JOIN module m ON m.id = mv.module_id WHERE m.maison_id = $1 AND m.code = 'welcome' ORDER BY mv.version`, [maison.id]),
    );
    expect(versions.map((row: { version: number; status: string }) => `${row.version} ${row.status}`)).toEqual(['1 ARCHIVED', '2 PUBLISHED']);
    expect(JSON.stringify(versions[1].blocks)).toContain('https://video.example/v2');
    expect(JSON.stringify(versions[1].blocks)).toContain('1837-06-01');
  });

  it('waits for an author saving one of the package’s modules, and then sees their draft: none starts between its check and its new versions', async () => {
    const { maison, auth } = await anAuthor();
    await graphql(api.url, IMPORT, { json: signed(ONBOARDING_PROGRAM) }, auth);
    const [first, ...rest] = ONBOARDING_PROGRAM.modules;
    const revised: ProgramPackage = { ...ONBOARDING_PROGRAM, modules: [{ ...first, estimatedMinutes: first.estimatedMinutes + 1 }, ...rest] };
    // An author's saveModuleDraft: it locks the module, then starts draft version 2 from the published one.
    const release = await holdLock(factory, maison.id, async (manager) => {
      const [{ id }] = await manager.query(`SELECT id FROM module WHERE maison_id = $1 AND code = $2 FOR UPDATE`, [maison.id, first.code]);
      await manager.query(
        `INSERT INTO module_version (maison_id, module_id, version, status, last_editor_id, estimated_minutes, target_skills, questions, texts)
         SELECT maison_id, module_id, version + 1, 'DRAFT', last_editor_id, estimated_minutes, target_skills, questions, texts FROM module_version WHERE module_id = $1 AND status = 'PUBLISHED'`,
        [id],
      );
    });
    const importing = graphql(api.url, IMPORT, { json: signed(revised) }, auth);
    await waitsBehind(release, importing);
    await release();
    // The import sees the draft and asks for it to be finished, rather than publishing a version 2 of its own.
    expect((await importing).errors?.[0].extensions).toMatchObject({ code: 'PACKAGE_INVALID', issues: [{ field: 'modules', code: 'VERSION_IN_DRAFT', params: { code: first.code, version: 2 }, message: `"${first.code}" has version 2 in draft here: finish it before importing` }] });
  });

  it('rejects a malformed or altered package whole, with the reasons, and writes nothing', async () => {
    const { maison, auth } = await anAuthor();
    const broken: ProgramPackage = {
      ...ONBOARDING_PROGRAM,
      program: { ...ONBOARDING_PROGRAM.program, modules: [...ONBOARDING_PROGRAM.program.modules, 'heritage.missing'] },
      questions: [{ ...ONBOARDING_PROGRAM.questions[0], difficulty: 9 }, ...ONBOARDING_PROGRAM.questions.slice(1)],
    };
    const rejected = await graphql(api.url, IMPORT, { json: signed(broken) }, auth);
    expect(errorCode(rejected)).toBe('PACKAGE_INVALID');
    expect(rejected.errors?.[0].extensions?.issues).toEqual([
      { field: 'program.modules', code: 'MODULE_UNKNOWN', params: { code: 'heritage.missing' }, message: 'unknown module "heritage.missing"' },
      { field: 'questions[0].difficulty', code: 'DIFFICULTY_INVALID', message: 'must be a whole number from 1 to 5' },
    ]);

    // A prerequisite listed twice could not be stored: named, not an internal error after writing half the package.
    const doubled = ONBOARDING_PROGRAM.skills.findIndex((skill) => skill.prerequisites.length > 0);
    const twice: ProgramPackage = { ...ONBOARDING_PROGRAM, skills: ONBOARDING_PROGRAM.skills.map((skill, i) => (i === doubled ? { ...skill, prerequisites: [skill.prerequisites[0], ...skill.prerequisites] } : skill)) };
    const refused = await graphql(api.url, IMPORT, { json: signed(twice) }, auth);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'PACKAGE_INVALID', issues: [{ field: `skills[${doubled}].prerequisites`, code: 'CODE_LISTED_TWICE', message: expect.stringContaining('listed twice') }] });

    const altered = JSON.parse(signed(ONBOARDING_PROGRAM));
    altered.program.certificationThreshold = 0.1;
    const tampered = await graphql(api.url, IMPORT, { json: JSON.stringify(altered) }, auth);
    expect(tampered.errors?.[0].extensions).toMatchObject({ code: 'PACKAGE_INVALID', issues: [{ field: 'checksum', code: 'CHECKSUM_MISMATCH', message: 'does not match the content: the file was changed or cut short after export' }] });
    expect(errorCode(await graphql(api.url, IMPORT, { json: '{"format": "savoir.program-package", ' }, auth))).toBe('PACKAGE_INVALID');
    const wrongShape = await graphql(api.url, IMPORT, { json: JSON.stringify({ ...ONBOARDING_PROGRAM, skills: 'none' }) }, auth);
    expect(wrongShape.errors?.[0].extensions?.issues).toEqual([{ field: 'skills', code: 'SHAPE_INVALID', params: { detail: expect.stringContaining('array') }, message: expect.stringContaining('array') }]);

    for (const table of ['skill', 'question', 'module', 'program', 'audit_entry']) expect(await count(maison.id, table)).toBe(0);
  });

  it("finds imported questions in the bank's search, by the text of the version the import wrote last", async () => {
    const { auth } = await anAuthor();
    const search = async (text: string) =>
      (await graphql<{ questions: { items: Array<{ code: string }> } }>(api.url, `query ($search: String) { questions(filter: { search: $search }) { items { code } } }`, { search: text }, auth)).data?.questions.items.map(
        (question) => question.code,
      );
    expect((await graphql(api.url, IMPORT, { json: signed(LEARNING_PACKAGE) }, auth)).errors).toBeUndefined();
    expect(await search('reserve of the calibre')).toEqual(['q.reserve']);

    // A package revising the question: its new published version is searched, the one it archived no longer.
    const revised: ProgramPackage = {
      ...LEARNING_PACKAGE,
      questions: LEARNING_PACKAGE.questions.map((question) =>
        question.code === 'q.reserve' ? { ...question, presentation: { ...question.presentation, prompt: { en: 'Hours of running, fully wound?', fr: 'Réserve de marche, remontée à fond ?' } } } : question,
      ),
    };
    expect((await graphql<{ importProgramPackage: { questions: unknown } }>(api.url, IMPORT, { json: signed(revised) }, auth)).data?.importProgramPackage.questions).toEqual({ created: 0, updated: 1 });
    expect(await search('RESERVE DE MARCHE')).toEqual(['q.reserve']);
    expect(await search('reserve of the calibre')).toEqual([]);

    const header = 'code,type,skills,difficulty,prompt.en,prompt.fr,explanation.en,correct,tolerance,unit,choice1.en,choice2.en,choice3.en';
    const row = 'heritage.q-dial,TRUE_FALSE,heritage.founding,1,Every dial is painted by hand.,Chaque cadran est émaillé à la main.,It is.,true,,,,,';
    expect((await graphql(api.url, IMPORT_CSV, { csv: [header, row].join('\n') }, auth)).errors).toBeUndefined();
    expect(await search('emaille a la main')).toEqual(['heritage.q-dial']);
  });

  it('imports a question-bank CSV as drafts, and imports nothing when one row is bad, naming it', async () => {
    const { maison, auth } = await anAuthor();
    await graphql(api.url, `mutation { createSkill(input: { code: "heritage.founding", category: HERITAGE, name: "Founding", description: "1837" }) { id } }`, {}, auth);
    const header = 'code,type,skills,difficulty,prompt.en,prompt.fr,explanation.en,correct,tolerance,unit,choice1.en,choice2.en,choice3.en';
    const good = [
      'heritage.q-year,SINGLE_CHOICE,heritage.founding,2,Founded in?,Fondée en ?,Geneva 1837.,2,,,1901,1837,',
      'heritage.q-geneva,TRUE_FALSE,heritage.founding,1,The first atelier was in Geneva.,,It was.,true,,,,,',
      'heritage.q-order,ORDERING,heritage.founding,3,Put in order,,Chronology.,,,,1837,1854,1871',
    ];
    const bad = 'heritage.q-bad,SINGLE_CHOICE,heritage.founding,2,Founded in?,,Because.,4,,,1901,1837,';
    const rejected = await graphql(api.url, IMPORT_CSV, { csv: [header, good[0], bad, good[1]].join('\n') }, auth);
    expect(rejected.errors?.[0].message).toBe('Nothing was imported: row 3 has problems');
    expect(rejected.errors?.[0].extensions?.issues).toEqual([{ row: 3, field: 'correct', code: 'CHOICE_NUMBER_UNKNOWN', params: { number: 4 }, message: 'there is no choice 4' }, { row: 3, field: 'correct', code: 'ONE_CORRECT_OPTION', params: { marked: 0 }, message: 'needs exactly one correct option (0 marked)' }]);
    expect(await count(maison.id, 'question')).toBe(0);

    const imported = await graphql(api.url, IMPORT_CSV, { csv: [header, ...good].join('\n') }, auth);
    expect(imported.data).toEqual({
      importQuestionsCsv: [
        { code: 'heritage.q-year', latest: { version: 1, status: 'DRAFT', type: 'SINGLE_CHOICE' } },
        { code: 'heritage.q-geneva', latest: { version: 1, status: 'DRAFT', type: 'TRUE_FALSE' } },
        { code: 'heritage.q-order', latest: { version: 1, status: 'DRAFT', type: 'ORDERING' } },
      ],
    });
    expect(await count(maison.id, 'audit_entry', `action = 'imported-from-csv'`)).toBe(3);

    // Another author creates a question of the same code while the import runs: CODE_TAKEN, and nothing imported.
    const racing = [header, good[0].replace('heritage.q-year', 'heritage.q-raced'), good[1].replace('heritage.q-geneva', 'heritage.q-first')].join('\n');
    const release = await holdLock(factory, maison.id, (manager) => manager.query(`INSERT INTO question (maison_id, code) VALUES ($1, 'heritage.q-raced')`, [maison.id]));
    const importing = graphql(api.url, IMPORT_CSV, { csv: racing }, auth);
    await waitsBehind(release, importing);
    await release();
    expect(errorCode(await importing)).toBe('CODE_TAKEN');
    expect(await count(maison.id, 'question', `code = 'heritage.q-first'`)).toBe(0);
  });
});
