import { localisedText, type ProgramPackage } from '@savoir/domain';
import type { EntityManager } from 'typeorm';
import { ModuleEntity } from '../../src/modules/studio/entities/module.entity';
import { ProgramEntity } from '../../src/modules/studio/entities/program.entity';
import { QuestionEntity } from '../../src/modules/studio/entities/question.entity';
import { SkillEntity } from '../../src/modules/studio/entities/skill.entity';
import { packageChecksum } from '../../src/modules/studio/program-packages';
import { LEARNING_PACKAGE } from '../factories/learning-content';
import { TenantFactory } from '../factories/tenant.factory';
import { errorCode, graphql, login } from '../utils/graphql-client';
import { withRunningApi } from '../utils/api-suite';
import { holdLock, waitsBehind } from '../utils/locks';
import type { RunningApi } from '../utils/test-app';

const CREATE_SKILL = `mutation ($input: CreateSkillInput!) { createSkill(input: $input) { id } }`;
const CREATE_QUESTION = `mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`;
const SAVE_QUESTION = `mutation ($input: SaveQuestionDraftInput!) { saveQuestionDraft(input: $input) { latest { version } } }`;
const CREATE_MODULE = `mutation ($input: CreateModuleInput!) { createModule(input: $input) { id } }`;
const SAVE_MODULE = `mutation ($input: SaveModuleDraftInput!) { saveModuleDraft(input: $input) { latest { version } } }`;
const CREATE_PROGRAM = `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;
const IMPORT = `mutation ($json: String!) { importProgramPackage(json: $json) { program } }`;

const signed = (pkg: ProgramPackage) => JSON.stringify({ ...pkg, checksum: packageChecksum(pkg) });
const en = (text: string) => ({ en: text });

const LESSON = {
  title: en('The founding story'),
  summary: en('Geneva, 1837.'),
  estimatedMinutes: 4,
  targetSkills: ['heritage.founding'],
  blocks: [{ kind: 'VIDEO', url: 'https://video.example/atelier.mp4', caption: { en: 'The atelier', fr: 'L’atelier' } }],
  questions: [],
};
const QUESTION = {
  skills: ['heritage.founding'],
  difficulty: 2,
  key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }] },
  presentation: { prompt: en('When was the maison founded?'), explanation: en('In 1837.'), choices: { a: { text: en('1901') }, b: { text: en('1837') } } },
};
type Issue = { field: string; code: string; params?: Record<string, unknown> };

describe('Studio: what is refused, and who reads what (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  async function anAuthor() {
    const tenant = await factory.newMaison();
    const author = await factory.newUser(tenant.maison.id, { roles: ['AUTHOR'] });
    const auth = await login(api.url, author.email, author.password);
    const call = <T = Record<string, unknown>>(query: string, input: unknown) => graphql<T>(api.url, query, { input }, auth);
    const ok = async <T = Record<string, unknown>>(query: string, input: unknown) => {
      const response = await call<T>(query, input);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data;
    };
    await ok(CREATE_SKILL, { code: 'heritage.founding', category: 'HERITAGE', name: 'The founding', description: 'Who, where, when' });
    return { ...tenant, auth, call, ok };
  }

  const issuesOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (response.errors?.[0].extensions?.['issues'] ?? []) as Issue[];
  const count = (maisonId: string, table: string) =>
    factory.inMaison(maisonId, async (manager) => (await manager.query(`SELECT count(*)::int AS n FROM ${table} WHERE maison_id = $1`, [maisonId]))[0].n as number);

  describe('an optional text without the source locale, or a choice the key does not use', () => {
    const frenchCaption = { ...LESSON, blocks: [{ kind: 'VIDEO', url: 'https://video.example/atelier.mp4', caption: { fr: 'Légende' } }, { kind: 'IMAGE', url: '/dial.jpg', alt: en('A dial'), caption: { en: '  ' } }] };
    const unusedChoice = { ...QUESTION, presentation: { ...QUESTION.presentation, choices: { ...QUESTION.presentation.choices, z: { text: {} } } } };
    const frenchAlt = { ...QUESTION, presentation: { ...QUESTION.presentation, choices: { ...QUESTION.presentation.choices, a: { text: en('1901'), imageAlt: { fr: 'Un cadran' } } } } };

    it('is refused on create, naming the field, and nothing is written', async () => {
      const { maison, call } = await anAuthor();
      const module = await call(CREATE_MODULE, { code: 'heritage.founding', kind: 'LESSON', content: frenchCaption });
      expect(errorCode(module)).toBe('VALIDATION_FAILED');
      expect(issuesOf(module)).toEqual([
        expect.objectContaining({ field: 'blocks[0].caption', code: 'TEXT_MISSING', params: { locale: 'en' } }),
        expect.objectContaining({ field: 'blocks[1].caption', code: 'TEXT_MISSING', params: { locale: 'en' } }),
      ]);
      const unused = await call(CREATE_QUESTION, { code: 'heritage.q-founding', content: unusedChoice });
      expect(errorCode(unused)).toBe('VALIDATION_FAILED');
      expect(issuesOf(unused)).toEqual([{ field: 'presentation.choices.z', code: 'CHOICE_NOT_IN_KEY', params: { id: 'z' }, message: '"z" is not used by the key' }]);
      const alt = await call(CREATE_QUESTION, { code: 'heritage.q-founding', content: frenchAlt });
      expect(issuesOf(alt)).toEqual([expect.objectContaining({ field: 'presentation.choices.a.imageAlt', code: 'TEXT_MISSING', params: { locale: 'en' } })]);
      expect([await count(maison.id, 'module'), await count(maison.id, 'question')]).toEqual([0, 0]);
    });

    it('is refused on save, so the next save never meets a text it cannot revise', async () => {
      const { call, ok } = await anAuthor();
      const { createModule } = await ok<{ createModule: { id: string } }>(CREATE_MODULE, { code: 'heritage.founding', kind: 'LESSON', content: LESSON });
      expect(errorCode(await call(SAVE_MODULE, { moduleId: createModule.id, content: frenchCaption }))).toBe('VALIDATION_FAILED');
      expect(await ok(SAVE_MODULE, { moduleId: createModule.id, content: { ...LESSON, summary: en('Geneva, in 1837.') } })).toEqual({ saveModuleDraft: { latest: { version: 1 } } });

      const { createQuestion } = await ok<{ createQuestion: { id: string } }>(CREATE_QUESTION, { code: 'heritage.q-founding', content: QUESTION });
      expect(errorCode(await call(SAVE_QUESTION, { questionId: createQuestion.id, content: unusedChoice }))).toBe('VALIDATION_FAILED');
      expect(errorCode(await call(SAVE_QUESTION, { questionId: createQuestion.id, content: frenchAlt }))).toBe('VALIDATION_FAILED');
      expect(await ok(SAVE_QUESTION, { questionId: createQuestion.id, content: { ...QUESTION, difficulty: 3 } })).toEqual({ saveQuestionDraft: { latest: { version: 1 } } });
    });

    it('rejects a package carrying one, whole', async () => {
      const { maison, auth } = await anAuthor();
      const pkg: ProgramPackage = {
        ...LEARNING_PACKAGE,
        modules: LEARNING_PACKAGE.modules.map((module) => (module.code === 'welcome' ? { ...module, blocks: [...module.blocks, { kind: 'VIDEO', url: '/atelier.mp4', caption: { fr: 'Légende' } }] } : module)),
        questions: LEARNING_PACKAGE.questions.map((question) =>
          question.code === 'q.h1' ? { ...question, presentation: { ...question.presentation, choices: { ...question.presentation.choices, z: { text: {} } } } } : question,
        ),
      };
      const imported = await graphql(api.url, IMPORT, { json: signed(pkg) }, auth);
      expect(errorCode(imported)).toBe('PACKAGE_INVALID');
      expect(issuesOf(imported).map(({ field, code }) => [field, code])).toEqual([
        ['modules[0].blocks[2].caption', 'TEXT_MISSING'],
        ['questions[1].presentation.choices.z', 'CHOICE_NOT_IN_KEY'],
      ]);
      expect(await count(maison.id, 'module')).toBe(0);
    });
  });

  describe('a picture or video address other than an https URL or a path on this site', () => {
    const pictured = (url: string) => ({
      ...QUESTION,
      key: { type: 'IMAGE_CHOICE', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }] },
      presentation: {
        ...QUESTION.presentation,
        choices: { a: { text: en('Lacquer'), imageUrl: url, imageAlt: en('A lacquer dial') }, b: { text: en('Enamel'), imageUrl: 'https://img.example/enamel.jpg', imageAlt: en('An enamel dial') } },
      },
    });

    it('is refused on create and on save as CONTENT_URL_INVALID naming the field, and nothing is written', async () => {
      const { maison, call, ok } = await anAuthor();
      for (const url of ['javascript:alert(document.cookie)', 'data:image/svg+xml,<svg onload="alert(1)"/>', 'http://img.example/lacquer.jpg']) {
        const question = await call(CREATE_QUESTION, { code: 'heritage.q-dial', content: pictured(url) });
        expect([url, errorCode(question), issuesOf(question)]).toEqual([url, 'VALIDATION_FAILED', [expect.objectContaining({ field: 'presentation.choices.a.imageUrl', code: 'CONTENT_URL_INVALID' })]]);
      }
      const video = await call(CREATE_MODULE, { code: 'heritage.founding', kind: 'LESSON', content: { ...LESSON, blocks: [{ kind: 'VIDEO', url: 'javascript:alert(1)' }] } });
      expect([errorCode(video), issuesOf(video)]).toEqual(['VALIDATION_FAILED', [expect.objectContaining({ field: 'blocks[0].url', code: 'CONTENT_URL_INVALID' })]]);
      expect([await count(maison.id, 'module'), await count(maison.id, 'question')]).toEqual([0, 0]);

      const { createQuestion } = await ok<{ createQuestion: { id: string } }>(CREATE_QUESTION, { code: 'heritage.q-dial', content: pictured('/content/images/lacquer.svg') });
      const saved = await call(SAVE_QUESTION, { questionId: createQuestion.id, content: pictured('javascript:alert(1)') });
      expect([errorCode(saved), issuesOf(saved)]).toEqual(['VALIDATION_FAILED', [expect.objectContaining({ field: 'presentation.choices.a.imageUrl', code: 'CONTENT_URL_INVALID' })]]);
      const [{ url }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT presentation #>> '{choices,a,imageUrl}' AS url FROM question_version WHERE maison_id = $1`, [maison.id]));
      expect(url).toBe('/content/images/lacquer.svg');
    });

    it('rejects a package carrying one, whole', async () => {
      const { maison, auth } = await anAuthor();
      const pkg: ProgramPackage = {
        ...LEARNING_PACKAGE,
        questions: LEARNING_PACKAGE.questions.map((question) =>
          question.code === 'q.h1' ? { ...question, presentation: { ...question.presentation, choices: { ...question.presentation.choices, a: { text: en('Right'), imageUrl: 'javascript:alert(1)' } } } } : question,
        ),
      };
      const imported = await graphql(api.url, IMPORT, { json: signed(pkg) }, auth);
      expect(errorCode(imported)).toBe('PACKAGE_INVALID');
      expect(issuesOf(imported).map(({ field, code }) => [field, code])).toEqual([['questions[1].presentation.choices.a.imageUrl', 'CONTENT_URL_INVALID']]);
      expect(await count(maison.id, 'question')).toBe(0);
    });
  });

  describe('a locale Studio does not support', () => {
    const UPDATE_PROGRAM = `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }`;
    const UPDATE_SKILL = `mutation ($input: UpdateSkillInput!) { updateSkill(input: $input) { id } }`;

    it('is refused when a program or a skill is translated into it, as ONE_OF the supported locales, and nothing is written', async () => {
      const { maison, call, ok } = await anAuthor();
      const { createProgram } = await ok<{ createProgram: { id: string } }>(CREATE_PROGRAM, { code: 'onboarding', title: 'Onboarding', description: 'The first weeks', onboarding: false, certificationThreshold: 0.8 });
      const [skill] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT id FROM skill WHERE maison_id = $1`, [maison.id]));
      for (const locale of ['xx', 'en-US-garbage']) {
        const program = await call(UPDATE_PROGRAM, { id: createProgram.id, locale, title: 'Intégration' });
        const renamed = await call(UPDATE_SKILL, { id: skill.id, locale, name: 'La fondation' });
        for (const refused of [program, renamed]) {
          expect([locale, errorCode(refused), issuesOf(refused)]).toEqual([locale, 'VALIDATION_FAILED', [{ field: 'locale', code: 'ONE_OF', params: { allowed: 'en, fr' }, message: 'must be one of en, fr' }]]);
        }
      }
      const [stored] = await factory.inMaison(maison.id, (manager) =>
        manager.query(`SELECT (SELECT array_agg(k ORDER BY k) FROM program p, jsonb_object_keys(p.title->'values') k WHERE p.maison_id = $1) AS program, (SELECT array_agg(k ORDER BY k) FROM skill s, jsonb_object_keys(s.name->'values') k WHERE s.maison_id = $1) AS skill`, [maison.id]),
      );
      expect(stored).toEqual({ program: ['en'], skill: ['en'] });
      // A supported locale still goes in.
      expect(await ok(UPDATE_PROGRAM, { id: createProgram.id, locale: 'fr', title: 'Intégration' })).toEqual({ updateProgram: { id: createProgram.id } });
      expect(await ok(UPDATE_SKILL, { id: skill.id, locale: 'fr', name: 'La fondation' })).toEqual({ updateSkill: { id: skill.id } });
    });
  });

  describe('a package whose program code is not a content code', () => {
    it('is refused whole, with the code createProgram gives, and nothing is written', async () => {
      const { maison, auth, call } = await anAuthor();
      const direct = await call(CREATE_PROGRAM, { code: 'Onboarding 2025!', title: 'Onboarding', description: 'The first weeks', onboarding: false, certificationThreshold: 0.8 });
      expect(issuesOf(direct)).toEqual([expect.objectContaining({ field: 'code', code: 'CONTENT_CODE_INVALID' })]);
      const imported = await graphql(api.url, IMPORT, { json: signed({ ...LEARNING_PACKAGE, program: { ...LEARNING_PACKAGE.program, code: 'Onboarding 2025!' } }) }, auth);
      expect(errorCode(imported)).toBe('PACKAGE_INVALID');
      expect(issuesOf(imported)).toEqual([{ field: 'program.code', code: 'CONTENT_CODE_INVALID', params: { example: 'onboarding' }, message: 'must be lower case letters, digits, - or . (e.g. onboarding)' }]);
      expect([await count(maison.id, 'program'), await count(maison.id, 'module'), await count(maison.id, 'question')]).toEqual([0, 0, 0]);
    });
  });

  describe('a NUL character', () => {
    it('is refused as VALIDATION_FAILED naming the field where the input is checked, and as input where only Postgres sees it', async () => {
      const { maison, call } = await anAuthor();
      const skill = await call(CREATE_SKILL, { code: 'heritage.nul', category: 'HERITAGE', name: 'A\u0000B', description: 'About' });
      expect(errorCode(skill)).toBe('VALIDATION_FAILED');
      expect(issuesOf(skill)).toEqual([expect.objectContaining({ field: 'name', code: 'INPUT_NUL' })]);

      const question = await call(CREATE_QUESTION, { code: 'heritage.q-nul', content: { ...QUESTION, presentation: { ...QUESTION.presentation, prompt: en('When\u0000?') } } });
      expect(errorCode(question)).toBe('VALIDATION_FAILED');
      expect(issuesOf(question)).toEqual([expect.objectContaining({ field: 'presentation.prompt.en', code: 'INPUT_NUL' })]);
      const module = await call(CREATE_MODULE, { code: 'heritage.nul', kind: 'LESSON', content: { ...LESSON, blocks: [{ kind: 'VIDEO', url: '/a\u0000.mp4' }] } });
      expect(issuesOf(module)).toEqual([expect.objectContaining({ field: 'blocks[0].url', code: 'INPUT_NUL' })]);

      // A program's title is stored in jsonb unchecked: Postgres refuses it (22P05), the filter names it.
      const program = await call(CREATE_PROGRAM, { code: 'onboarding', title: 'A\u0000B', description: 'The first weeks', onboarding: false, certificationThreshold: 0.8 });
      expect(errorCode(program)).toBe('VALIDATION_FAILED');
      expect(issuesOf(program)).toEqual([expect.objectContaining({ field: 'input', code: 'INPUT_NUL' })]);
      expect([await count(maison.id, 'skill'), await count(maison.id, 'question'), await count(maison.id, 'module'), await count(maison.id, 'program')]).toEqual([1, 0, 0, 0]);
    });
  });

  describe('Studio reads', () => {
    it('leave modules and skills to authors; HR and admins read programs (to enrol advisors), not their modules', async () => {
      const { maison, auth, ok } = await anAuthor();
      const { createModule } = await ok<{ createModule: { id: string } }>(CREATE_MODULE, { code: 'heritage.founding', kind: 'LESSON', content: LESSON });
      await ok(CREATE_PROGRAM, { code: 'onboarding', title: 'Onboarding', description: 'The first weeks', onboarding: false, certificationThreshold: 0.8 });
      const [skill] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT id FROM skill WHERE maison_id = $1`, [maison.id]));
      const reads = [
        `query { modules { id latest { content } } }`,
        `query ($id: ID!) { module(id: $id) { id latest { content } } }`,
        `query { skills { id } }`,
        `query ($id: ID!) { skill(id: $id) { id } }`,
        `query { programs { id modules { id latest { content } } } }`,
      ];
      const variables = (query: string) => ({ id: query.includes('module(') ? createModule.id : skill.id });
      for (const roles of [['HR'], ['ADMIN']] as const) {
        const user = await factory.newUser(maison.id, { roles: [...roles] });
        const other = await login(api.url, user.email, user.password);
        for (const query of reads) expect([roles[0], query, errorCode(await graphql(api.url, query, variables(query), other))]).toEqual([roles[0], query, 'FORBIDDEN']);
        expect((await graphql(api.url, `query { programs { code } }`, {}, other)).data).toEqual({ programs: [{ code: 'onboarding' }] });
      }
      for (const query of reads) expect([query, (await graphql(api.url, query, variables(query), auth)).errors]).toEqual([query, undefined]);
    });
  });

  describe('a code taken while a package import runs', () => {
    const taken: Array<[string, (manager: EntityManager, maisonId: string) => Promise<unknown>, string]> = [
      ['a skill code', (manager, maisonId) => manager.save(manager.create(SkillEntity, { maisonId, code: 'product.calibre', category: 'PRODUCT', name: localisedText('en', 'Calibre'), description: localisedText('en', 'Movements') })), 'CODE_TAKEN'],
      ['a question code', (manager, maisonId) => manager.save(manager.create(QuestionEntity, { maisonId, code: 'q.c3' })), 'CODE_TAKEN'],
      ['a module code', (manager, maisonId) => manager.save(manager.create(ModuleEntity, { maisonId, code: 'certification', kind: 'QUIZ' })), 'CODE_TAKEN'],
      ['the program code', (manager, maisonId) => manager.save(program(manager, maisonId, 'onboarding', false)), 'CODE_TAKEN'],
      ['the onboarding mark', (manager, maisonId) => manager.save(program(manager, maisonId, 'boutique-onboarding', true)), 'ONBOARDING_TAKEN'],
    ];
    function program(manager: EntityManager, maisonId: string, code: string, onboarding: boolean) {
      return manager.create(ProgramEntity, { maisonId, code, title: localisedText('en', 'Onboarding'), description: localisedText('en', 'The first weeks'), onboarding, certificationThreshold: 0.8, targetSkills: [] });
    }

    it.each(taken)('gives the conflict the create gives when %s is taken, and imports nothing', async (_what, take, code) => {
      const { maison, auth } = await anAuthor();
      // An author's create of that code, committed after the import checked for it.
      const release = await holdLock(factory, maison.id, (manager) => take(manager, maison.id));
      const importing = graphql(api.url, IMPORT, { json: signed(LEARNING_PACKAGE) }, auth);
      await waitsBehind(release, importing);
      await release();
      const response = await importing;
      expect(errorCode(response)).toBe(code);
      expect(response.data).toBeNull();
      expect(await count(maison.id, 'question_version')).toBe(0);
    });
  });
});
