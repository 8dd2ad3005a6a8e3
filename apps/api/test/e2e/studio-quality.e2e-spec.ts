import { randomUUID } from 'node:crypto';
import type { PackageQuestion, ProgramPackage } from '@savoir/domain';
import { packageChecksum } from '../../src/modules/studio/program-packages';
import { TenantFactory } from '../factories/tenant.factory';
import { graphql, login } from '../utils/graphql-client';
import type { Queue } from 'bullmq';
import { withRunningWorker } from '../utils/api-suite';
import type { RunningApi } from '../utils/test-app';
import { workerSettled } from '../utils/worker-settled';

const choice = (code: string, prompt: Record<string, string>, translated = false): PackageQuestion => ({
  code,
  skills: ['heritage.founding'],
  difficulty: 2,
  key: { type: 'SINGLE_CHOICE', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: false }] },
  presentation: {
    prompt,
    explanation: { en: 'Because.', ...(translated ? { fr: 'Parce que.' } : {}) },
    choices: { a: { text: { en: 'Right', fr: 'Juste' } }, b: { text: { en: 'Wrong', ...(translated ? { fr: 'Faux' } : {}) } }, c: { text: { en: 'Also wrong', ...(translated ? { fr: 'Faux aussi' } : {}) } } },
  },
});
const SOLID = ['q.solid-1', 'q.solid-2'].map((code) => choice(code, { en: `Solid ${code}?`, fr: `Solide ${code} ?` }, true));
const RARE = choice('q.rare', { en: 'Rarely asked?', fr: 'Rarement posée ?' }, true);

/** A small package: one quiz of five questions, texts partly in French. */
const PACKAGE: ProgramPackage = {
  format: 'savoir.program-package',
  version: 1,
  sourceLocale: 'en',
  program: { code: 'onboarding', title: { en: 'Onboarding', fr: 'Intégration' }, description: { en: 'The first weeks' }, onboarding: true, certificationThreshold: 0.8, targetSkills: ['heritage.founding'], modules: ['heritage.quiz'] },
  skills: [{ code: 'heritage.founding', category: 'HERITAGE', name: { en: 'The founding', fr: 'La fondation' }, description: { en: 'Geneva, 1837', fr: 'Genève, 1837' }, prerequisites: [] }],
  modules: [{ code: 'heritage.quiz', kind: 'QUIZ', title: { en: 'Founding quiz', fr: 'Quiz de la fondation' }, summary: { en: 'Three questions', fr: 'Trois questions' }, estimatedMinutes: 3, targetSkills: ['heritage.founding'], blocks: [], questions: ['q.telling', 'q.misleading', 'q.easy', ...SOLID.map((q) => q.code), RARE.code] }],
  questions: [choice('q.telling', { en: 'Founded in?', fr: 'Fondée en ?' }), choice('q.misleading', { en: 'The first calibre?' }), choice('q.easy', { en: 'The city?', fr: 'La ville ?' }), ...SOLID, RARE],
};

type ItemStatisticsReport = {
  analysedAt: string | null;
  pending: boolean;
  items: Array<{ code: string; attempts: number; difficulty: number; discrimination: number | null; flags: string[]; choices: Array<{ optionId: string; share: number; label: { text: string } | null }> }>;
};
const REPORT = `analysedAt pending items { code version attempts learners difficulty discrimination upperLowerIndex flags choices { optionId count share label { text(locale: "fr") } } }`;

describe('Studio: translation gaps and item statistics (over HTTP, the worker analysing)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  let queue: Queue;
  withRunningWorker('admin', (started) => ({ api, factory, queue } = started));

  async function aMaisonWithContent() {
    const tenant = await factory.newMaison();
    const author = await factory.newUser(tenant.maison.id, { roles: ['AUTHOR'] });
    const auth = await login(api.url, author.email, author.password);
    const imported = await graphql(api.url, `mutation ($json: String!) { importProgramPackage(json: $json) { program } }`, { json: JSON.stringify({ ...PACKAGE, checksum: packageChecksum(PACKAGE) }) }, auth);
    if (!imported.data) throw new Error(JSON.stringify(imported.errors));
    return { ...tenant, auth };
  }

  it('lists what French lacks across programs, modules, questions and skills, and what an English edit outdated', async () => {
    const { auth } = await aMaisonWithContent();
    const GAPS = `query { translationGaps(locale: "fr") { entityType code path status source text } }`;
    const before = await graphql<{ translationGaps: Array<{ entityType: string; code: string; path: string; status: string }> }>(api.url, GAPS, {}, auth);
    expect(before.data?.translationGaps.map((gap) => `${gap.entityType} ${gap.code} ${gap.path} ${gap.status}`)).toEqual([
      'program onboarding description MISSING',
      'question q.easy explanation MISSING',
      'question q.easy choices.b.text MISSING',
      'question q.easy choices.c.text MISSING',
      'question q.misleading prompt MISSING',
      'question q.misleading explanation MISSING',
      'question q.misleading choices.b.text MISSING',
      'question q.misleading choices.c.text MISSING',
      'question q.telling explanation MISSING',
      'question q.telling choices.b.text MISSING',
      'question q.telling choices.c.text MISSING',
    ]);

    const skills = await graphql<{ skills: Array<{ id: string }> }>(api.url, `query { skills { id } }`, {}, auth);
    await graphql(api.url, `mutation ($input: UpdateSkillInput!) { updateSkill(input: $input) { id } }`, { input: { id: skills.data?.skills[0].id, locale: 'en', name: 'The founding of the maison' } }, auth);
    const after = await graphql<{ translationGaps: Array<Record<string, string>> }>(api.url, GAPS, {}, auth);
    expect(after.data?.translationGaps.at(-1)).toEqual({ entityType: 'skill', code: 'heritage.founding', path: 'name', status: 'OUTDATED', source: 'The founding of the maison', text: 'La fondation' });
  });

  /** Writes answers straight to the attempts, as advisors' devices would have. */
  function answering(maisonId: string) {
    return (userId: string, code: string, optionId: string, at: string) =>
      factory.inMaison(maisonId, async (manager) => {
        const [version]: Array<{ id: string; question_id: string }> = await manager.query(
          `SELECT v.id, v.question_id FROM question_version v JOIN question q ON q.id = v.question_id WHERE v.maison_id = $1 AND q.code = $2 AND v.status = 'PUBLISHED'`,
          [maisonId, code],
        );
        const correct = optionId === 'a';
        await manager.query(
          `INSERT INTO attempt (id, maison_id, user_id, question_id, question_version_id, answer, score, correct, time_taken_ms, answered_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 9000, $9, $9)`,
          [randomUUID(), maisonId, userId, version.question_id, version.id, { type: 'SINGLE_CHOICE', optionId }, correct ? 1 : 0, correct, at],
        );
      });
  }

  /** 24 advisors, the strong half and the weak half; four of them alone answered q.rare. */
  async function aMaisonWithAnswers() {
    const content = await aMaisonWithContent();
    const { maison, boutique } = content;
    const answer = answering(maison.id);
    const advisors = await Promise.all(Array.from({ length: 24 }, () => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id })));
    for (const [i, advisor] of advisors.entries()) {
      const strong = i < 12;
      for (const solid of SOLID) await answer(advisor.id, solid.code, strong ? 'a' : 'b', '2026-11-20T08:59:00Z');
      await answer(advisor.id, 'q.telling', strong ? 'a' : 'b', '2026-11-20T09:00:00Z'); // the strong half gets it right
      await answer(advisor.id, 'q.misleading', strong ? 'c' : 'a', '2026-11-20T09:01:00Z'); // only the weak half does
      await answer(advisor.id, 'q.easy', 'a', '2026-11-20T09:02:00Z');
      await answer(advisor.id, 'q.telling', 'a', '2026-11-21T09:00:00Z'); // a second try, after feedback: not counted
      // Four advisors alone answered q.rare: its choices would tell the author who picked what.
      if (i < 4) await answer(advisor.id, 'q.rare', 'b', '2026-11-20T09:03:00Z');
    }
    return { ...content, answer };
  }

  const itemStatistics = async (auth: Awaited<ReturnType<typeof login>>) =>
    (await graphql<{ itemStatistics: ItemStatisticsReport }>(api.url, `query { itemStatistics { ${REPORT} } }`, {}, auth)).data?.itemStatistics;
  const codes = (report: ItemStatisticsReport | undefined) => (report?.items ?? []).map((item) => item.code).sort();

  it('analyses each advisor’s first attempt per question when an author asks, and flags the item that strong advisors miss', async () => {
    const { maison, auth } = await aMaisonWithAnswers();
    expect(await itemStatistics(auth)).toEqual({ analysedAt: null, pending: false, items: [] });
    const requested = await graphql<{ requestItemStatistics: ItemStatisticsReport }>(api.url, `mutation { requestItemStatistics { ${REPORT} } }`, {}, auth);
    expect(requested.data?.requestItemStatistics).toEqual({ analysedAt: null, pending: true, items: [] });
    await workerSettled(factory, maison.id, queue);

    const stats = await itemStatistics(auth);
    expect(stats).toMatchObject({ pending: false, analysedAt: expect.any(String) });
    const byCode = Object.fromEntries((stats?.items ?? []).map((item) => [item.code, item]));
    // q.rare, answered by four advisors, is left out.
    expect(Object.keys(byCode).sort()).toEqual(['q.easy', 'q.misleading', 'q.solid-1', 'q.solid-2', 'q.telling']);
    expect(byCode['q.telling']).toMatchObject({ attempts: 24, difficulty: 0.5, flags: [] });
    expect(byCode['q.telling'].discrimination).toBeGreaterThan(0.3);
    expect(byCode['q.misleading'].flags).toContain('NEGATIVE_DISCRIMINATION');
    expect(byCode['q.misleading'].choices).toEqual([
      { optionId: 'a', count: 12, share: 0.5, label: { text: 'Juste' } },
      { optionId: 'c', count: 12, share: 0.5, label: { text: 'Also wrong' } },
    ]);
    expect(byCode['q.easy'].flags).toContain('TOO_EASY');
  });

  it('keeps the figures of the nightly analysis, for every maison, until the next one', async () => {
    const [first, second] = [await aMaisonWithAnswers(), await aMaisonWithAnswers()];
    await queue.add('items.analyse', {}); // the nightly schedule's job: no maison named
    await workerSettled(factory, first.maison.id, queue);
    const nightly = await itemStatistics(first.auth);
    expect(codes(nightly)).toEqual(['q.easy', 'q.misleading', 'q.solid-1', 'q.solid-2', 'q.telling']);
    expect(codes(await itemStatistics(second.auth))).toEqual(codes(nightly));

    // A fifth advisor answers q.rare: the page keeps the nightly figures, with their time, until asked again.
    const fifth = await factory.newUser(first.maison.id, { roles: ['ADVISOR'], boutiqueId: first.boutique.id });
    await first.answer(fifth.id, 'q.rare', 'a', '2026-11-22T09:00:00Z');
    expect(await itemStatistics(first.auth)).toEqual(nightly);
    await graphql(api.url, `mutation { requestItemStatistics { pending } }`, {}, first.auth);
    await workerSettled(factory, first.maison.id, queue);
    const fresh = await itemStatistics(first.auth);
    expect(codes(fresh)).toEqual(['q.easy', 'q.misleading', 'q.rare', 'q.solid-1', 'q.solid-2', 'q.telling']);
    expect(Date.parse(fresh?.analysedAt ?? '')).toBeGreaterThan(Date.parse(nightly?.analysedAt ?? ''));
    expect(codes(await itemStatistics(second.auth))).toEqual(codes(nightly));
  });
});
