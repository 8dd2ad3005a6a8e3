import { randomUUID } from 'node:crypto';
import { DEFAULT_MODEL_PARAMS, emptyMixture, JUDGED_GAP_LINE, masteryLine } from '@savoir/domain';
import type { TenantFactory } from '../factories/tenant.factory';
import { importLearningProgram, LEARNING_PACKAGE, rightAnswer, wrongAnswer } from '../factories/learning-content';
import { withRunningApi } from '../utils/api-suite';
import { errorCode, graphql, login } from '../utils/graphql-client';
import type { RunningApi } from '../utils/test-app';

const NEXT = `mutation { nextPlacementQuestion(locale: "en") { status asked maxItems question { id versionId } masteredSkills { code name } } }`;
const PATH = `query { myPath(locale: "en") { programTitle skipped steps { title status reason skills { code } } } }`;
const GAPS = `query { myGaps(locale: "en") { skill { code name } masteryProbability ready underlying { code } wrong recent } }`;
const SKILLS = `query { mySkills(locale: "en") { skill { code } masteryProbability mastered evidence reviewDueAt } }`;

interface Placement {
  status: string;
  asked: number;
  maxItems: number;
  question: { id: string; versionId: string } | null;
  masteredSkills: Array<{ code: string }>;
}
interface Path {
  skipped: number;
  steps: Array<{ title: string; status: string; reason: string }>;
}

describe('adaptive engine: placement, personal path, gaps (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  async function anAdvisor() {
    const { maison, boutique } = await factory.newMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await importLearningProgram(api.url, factory, maison.id);
    const auth = await login(api.url, advisor.email, advisor.password);
    const codes = new Map<string, string>(
      (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT id, code FROM question WHERE maison_id = $1`, [maison.id]))).map((row: { id: string; code: string }) => [row.id, row.code]),
    );
    return { maison, advisor, auth, codes };
  }

  /** Answers every placement question (right or wrong) until the placement is done. */
  async function place(auth: { token: string; cookie: string }, codes: Map<string, string>, right: boolean): Promise<Placement> {
    for (let i = 0; i < 30; i++) {
      const placement = (await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, auth)).data?.nextPlacementQuestion as Placement;
      if (placement.status === 'DONE') return placement;
      const question = placement.question as { id: string; versionId: string };
      const code = codes.get(question.id) as string;
      const answered = await graphql(
        api.url,
        `mutation ($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "en") { correct } }`,
        { input: { attemptId: randomUUID(), questionId: question.id, questionVersionId: question.versionId, answer: right ? rightAnswer(code) : wrongAnswer(code), timeTakenMs: 4000, answeredAt: new Date().toISOString(), timeZone: 'Europe/Paris' } },
        auth,
      );
      expect(answered.errors).toBeUndefined();
    }
    throw new Error('placement never finished');
  }

  it('skips the modules of the skills an advisor shows they know, and keeps them for one who does not', async () => {
    const knows = await anAdvisor();
    const learns = await anAdvisor();
    expect((await graphql<{ myPlacement: Placement }>(api.url, `query { myPlacement(locale: "en") { status asked } }`, {}, knows.auth)).data?.myPlacement).toEqual({ status: 'NOT_STARTED', asked: 0 });

    // Asking again before answering gives the same question and asks nothing more.
    const first = (await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, knows.auth)).data?.nextPlacementQuestion as Placement;
    const again = (await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, knows.auth)).data?.nextPlacementQuestion as Placement;
    expect(first).toMatchObject({ status: 'IN_PROGRESS', asked: 1 });
    expect(again).toEqual(first);

    const placed = await place(knows.auth, knows.codes, true);
    expect(placed.status).toBe('DONE');
    expect(placed.asked).toBeLessThanOrEqual(placed.maxItems);
    expect(placed.masteredSkills.map((skill) => skill.code)).toEqual(['heritage.founding']);
    const failed = await place(learns.auth, learns.codes, false);
    expect(failed).toMatchObject({ status: 'DONE', masteredSkills: [] });

    const knowsPath = (await graphql<{ myPath: Path }>(api.url, PATH, {}, knows.auth)).data?.myPath as Path;
    const learnsPath = (await graphql<{ myPath: Path }>(api.url, PATH, {}, learns.auth)).data?.myPath as Path;
    const todo = (path: Path) => path.steps.filter((step) => step.status === 'TODO');
    expect(knowsPath.steps.map((step) => `${step.title} ${step.status} ${step.reason}`)).toEqual(['Welcome SKIPPED MASTERED', 'Heritage challenge SKIPPED MASTERED', 'Certification TODO CERTIFICATION']);
    expect(knowsPath.skipped).toBe(2);
    expect(learnsPath.skipped).toBe(0);
    expect(todo(knowsPath).length).toBeLessThan(todo(learnsPath).length);
    expect(learnsPath.steps.map((step) => `${step.title} ${step.status} ${step.reason}`)).toEqual(['Welcome TODO GAP', 'Heritage challenge TODO GAP', 'Certification TODO CERTIFICATION']);

    // The gaps say what supports them; the skills say how sure the engine is.
    const gaps = (await graphql<{ myGaps: Array<{ skill: { code: string }; ready: boolean; wrong: number; recent: number }> }>(api.url, GAPS, {}, learns.auth)).data?.myGaps;
    // One wrong answer is enough for placement to take the skill as not known: it asked once.
    expect(failed.asked).toBe(1);
    expect(gaps).toEqual([expect.objectContaining({ skill: expect.objectContaining({ code: 'heritage.founding' }), ready: true, wrong: 1, recent: 1 })]);
    expect((await graphql<{ myGaps: unknown[] }>(api.url, GAPS, {}, knows.auth)).data?.myGaps).toEqual([]);
    const skills = (await graphql<{ mySkills: Array<{ skill: { code: string }; mastered: boolean; evidence: number; reviewDueAt: string | null }> }>(api.url, SKILLS, {}, knows.auth)).data?.mySkills;
    expect(skills).toEqual([expect.objectContaining({ skill: { code: 'heritage.founding' }, mastered: true, evidence: placed.asked })]);
    expect(skills?.[0].reviewDueAt).not.toBeNull();
  });

  it('still skips a module whose skill is mastered when the program no longer lists that skill', async () => {
    const { maison, auth, codes } = await anAdvisor();
    expect((await place(auth, codes, true)).masteredSkills.map((skill) => skill.code)).toEqual(['heritage.founding']);
    // An author takes the skill off the program; its modules still teach it.
    await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE program SET target_skills = array_remove(target_skills, 'heritage.founding') WHERE maison_id = $1`, [maison.id]));
    const path = (await graphql<{ myPath: Path }>(api.url, PATH, {}, auth)).data?.myPath as Path;
    expect(path.steps.map((step) => `${step.title} ${step.status}`)).toEqual(['Welcome SKIPPED', 'Heritage challenge SKIPPED', 'Certification TODO']);
  });

  it('plans the onboarding path with its own skills only, not those of another program the advisor is in', async () => {
    const { maison, advisor, auth } = await anAdvisor();
    const before = (await graphql<{ myPath: Path }>(api.url, PATH, {}, auth)).data?.myPath as Path;
    const advanced = { ...LEARNING_PACKAGE, program: { ...LEARNING_PACKAGE.program, code: 'advanced', title: { en: 'Advanced' }, onboarding: false, targetSkills: ['product.calibre'], modules: ['certification'] } };
    await importLearningProgram(api.url, factory, maison.id, advanced);
    await factory.inMaison(maison.id, (manager) =>
      manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ASSIGNED', '2026-11-01' FROM program WHERE maison_id = $1 AND code = 'advanced'`, [maison.id, advisor.id]),
    );
    const after = (await graphql<{ myPath: { programTitle: string; steps: Array<{ skills: Array<{ code: string }> }> } }>(api.url, PATH, {}, auth)).data?.myPath;
    expect(after?.programTitle).toBe('Onboarding');
    expect(after?.steps).toEqual(before.steps);
    expect(after?.steps.flatMap((step) => step.skills.map((skill) => skill.code))).not.toContain('product.calibre');
  });

  it('lets an advisor start a new placement once an unfinished one is past its month', async () => {
    const { maison, advisor, auth } = await anAdvisor();
    expect((await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, auth)).data?.nextPlacementQuestion).toMatchObject({ status: 'IN_PROGRESS', asked: 1 });
    await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE challenge SET generated_at = generated_at - interval '31 days', expires_at = now() - interval '1 day' WHERE user_id = $1 AND kind = 'PLACEMENT'`, [advisor.id]));
    expect((await graphql<{ myPlacement: Placement }>(api.url, `query { myPlacement(locale: "en") { status asked } }`, {}, auth)).data?.myPlacement).toEqual({ status: 'NOT_STARTED', asked: 0 });
    expect((await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, auth)).data?.nextPlacementQuestion).toMatchObject({ status: 'IN_PROGRESS', asked: 1 });
    const [{ n }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT count(*)::int AS n FROM challenge WHERE user_id = $1 AND kind = 'PLACEMENT'`, [advisor.id]));
    expect(n).toBe(2);
  });

  it('passes over a placement question archived before it was answered', async () => {
    const { maison, auth } = await anAdvisor();
    const first = (await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, auth)).data?.nextPlacementQuestion as Placement;
    const asked = first.question?.id as string;
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const archived = await graphql(api.url, `mutation ($id: ID!) { reviewQuestion(input: { questionId: $id, action: ARCHIVE }) { id } }`, { id: asked }, await login(api.url, author.email, author.password));
    expect(archived.errors).toBeUndefined();
    const next = (await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, auth)).data?.nextPlacementQuestion as Placement;
    expect(next).toMatchObject({ status: 'IN_PROGRESS', asked: 2 });
    expect(next.question?.id).toBeDefined();
    expect(next.question?.id).not.toBe(asked);
  });

  it('starts no placement while there is nothing to ask, and one once the program is published', async () => {
    const { maison, boutique } = await factory.newMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const auth = await login(api.url, advisor.email, advisor.password);
    expect((await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, auth)).data?.nextPlacementQuestion).toMatchObject({ status: 'NOT_STARTED', asked: 0, question: null });
    expect((await graphql<{ myPlacement: Placement }>(api.url, `query { myPlacement(locale: "en") { status asked } }`, {}, auth)).data?.myPlacement).toEqual({ status: 'NOT_STARTED', asked: 0 });
    await importLearningProgram(api.url, factory, maison.id);
    expect((await graphql<{ nextPlacementQuestion: Placement }>(api.url, NEXT, {}, auth)).data?.nextPlacementQuestion).toMatchObject({ status: 'IN_PROGRESS', asked: 1 });
  });

  it("explains a gap with the skill's latest four answers, however many came before", async () => {
    const { maison, auth, codes } = await anAdvisor();
    const [question] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND skills = ARRAY['heritage.founding'] ORDER BY id LIMIT 1`, [maison.id]),
    );
    const code = codes.get(question.id) as string;
    // Oldest first: right, right, wrong, right, wrong, wrong. The latest four hold three wrong.
    const rights = [true, true, false, true, false, false];
    for (const [i, right] of rights.entries()) {
      const answered = await graphql(
        api.url,
        `mutation ($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "en") { correct } }`,
        { input: { attemptId: randomUUID(), questionId: question.id, questionVersionId: question.versionId, answer: right ? rightAnswer(code) : wrongAnswer(code), timeTakenMs: 4000, answeredAt: new Date(Date.now() - (rights.length - i) * 60_000).toISOString(), timeZone: 'Europe/Paris' } },
        auth,
      );
      expect(answered.errors).toBeUndefined();
    }
    const gaps = (await graphql<{ myGaps: Array<{ skill: { code: string }; wrong: number; recent: number }> }>(api.url, GAPS, {}, auth)).data?.myGaps;
    expect(gaps).toEqual([expect.objectContaining({ skill: expect.objectContaining({ code: 'heritage.founding' }), wrong: 3, recent: 4 })]);
  });

  it('shows HR how many advisors per boutique have each gap, naming no one and leaving out a boutique too small to hide its people, from its region too; advisors cannot ask', async () => {
    // Five advisors in one boutique, two in another (created before the program's import, which enrols them).
    const { maison, boutique } = await factory.newMaison();
    const [newcomer, expert] = await Promise.all([0, 1, 2, 3, 4].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id })));
    const small = await factory.newBoutique(maison.id, { name: 'Genève Rhône' });
    await Promise.all([0, 1].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: small.id })));
    await importLearningProgram(api.url, factory, maison.id);
    const codes = new Map<string, string>(
      (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT id, code FROM question WHERE maison_id = $1`, [maison.id]))).map((row: { id: string; code: string }) => [row.id, row.code]),
    );
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const hrAuth = await login(api.url, hr.email, hr.password);
    const gaps = async () => (await graphql<{ skillGaps: Array<{ groupName: string; skill: { code: string }; advisors: number; withGap: number; share: number }> }>(api.url, `query { skillGaps(scope: BOUTIQUE, locale: "en") { groupName skill { code } advisors withGap share } }`, {}, hrAuth)).data?.skillGaps;
    expect(await gaps()).toEqual([{ groupName: 'Paris Vendôme', skill: { code: 'heritage.founding' }, advisors: 5, withGap: 5, share: 1 }]);
    // One of them shows in placement that they know the founding story.
    expect((await place(await login(api.url, expert.email, expert.password), codes, true)).masteredSkills.map((skill) => skill.code)).toContain('heritage.founding');
    expect(await gaps()).toEqual([{ groupName: 'Paris Vendôme', skill: { code: 'heritage.founding' }, advisors: 5, withGap: 4, share: 0.8 }]);
    // The region holds all seven, but counts only the five of the boutique shown: the region less Paris Vendôme would
    // otherwise give Genève Rhône's two.
    const regions = (await graphql<{ skillGaps: Array<{ advisors: number; withGap: number }> }>(api.url, `query { skillGaps(scope: REGION, locale: "en") { advisors withGap } }`, {}, hrAuth)).data?.skillGaps;
    expect(regions).toEqual([{ advisors: 5, withGap: 4 }]);
    const auth = await login(api.url, newcomer.email, newcomer.password);
    expect(errorCode(await graphql(api.url, `query { skillGaps(scope: REGION, locale: "en") { withGap } }`, {}, auth))).toBe('FORBIDDEN');
  });

  it('counts in a cohort only whole parts of boutiques, so that no cohort less a boutique, or boutique less a cohort, names anyone', async () => {
    const { maison, boutique: paris } = await factory.newMaison();
    const geneva = await factory.newBoutique(maison.id, { name: 'Genève Rhône' });
    const parisians = await Promise.all([0, 1, 2, 3, 4, 5].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: paris.id })));
    const genevans = await Promise.all([0, 1, 2, 3, 4].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: geneva.id })));
    await importLearningProgram(api.url, factory, maison.id);
    // Pilot: all of Paris and one advisor of Geneva. Trial: five of Paris's six. Control: all of Geneva.
    const members = { Pilot: [...parisians, genevans[0]], Trial: parisians.slice(0, 5), Control: genevans };
    for (const [name, users] of Object.entries(members)) {
      const cohort = await factory.newCohort(maison.id, name);
      await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO cohort_member (maison_id, cohort_id, user_id) SELECT $1, $2, unnest($3::uuid[])`, [maison.id, cohort.id, users.map((user) => user.id)]));
    }
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const cohorts = (await graphql<{ skillGaps: Array<{ groupName: string; advisors: number }> }>(api.url, `query { skillGaps(scope: COHORT, locale: "en") { groupName advisors } }`, {}, await login(api.url, hr.email, hr.password))).data?.skillGaps;
    // Pilot counts Paris's six, not its one Genevan (Pilot less Paris would be them); Trial is left out (Paris less
    // Trial would be the sixth Parisian); Control is the whole of Geneva.
    expect(cohorts).toEqual([
      { groupName: 'Control', advisors: 5 },
      { groupName: 'Pilot', advisors: 6 },
    ]);
  });

  it("reads one region's boutiques, region or cohort parts at a time, and says so when the region is unknown", async () => {
    const { maison, region: europe, boutique: paris } = await factory.newMaison();
    const [asia] = await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO region (maison_id, name) VALUES ($1, 'Asia') RETURNING id`, [maison.id]));
    const [tokyo] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`INSERT INTO boutique (maison_id, region_id, name, city, country, timezone, locale) VALUES ($1, $2, 'Tokyo Ginza', 'Tokyo', 'JP', 'Asia/Tokyo', 'en') RETURNING id`, [maison.id, asia.id]),
    );
    const parisians = await Promise.all([0, 1, 2, 3, 4].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: paris.id })));
    const tokyoites = await Promise.all([0, 1, 2, 3, 4, 5].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: tokyo.id })));
    await importLearningProgram(api.url, factory, maison.id);
    const pilot = await factory.newCohort(maison.id, 'Pilot');
    await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO cohort_member (maison_id, cohort_id, user_id) SELECT $1, $2, unnest($3::uuid[])`, [maison.id, pilot.id, [...parisians, ...tokyoites].map((user) => user.id)]));
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const hrAuth = await login(api.url, hr.email, hr.password);
    const GAPS = `query ($scope: GapScope!, $regionId: ID) { skillGaps(scope: $scope, locale: "en", regionId: $regionId) { groupName advisors } }`;
    const read = async (scope: string, regionId: string | null) => (await graphql<{ skillGaps: Array<{ groupName: string; advisors: number }> }>(api.url, GAPS, { scope, regionId }, hrAuth)).data?.skillGaps;
    expect(await read('BOUTIQUE', null)).toEqual([
      { groupName: 'Paris Vendôme', advisors: 5 },
      { groupName: 'Tokyo Ginza', advisors: 6 },
    ]);
    expect(await read('BOUTIQUE', asia.id)).toEqual([{ groupName: 'Tokyo Ginza', advisors: 6 }]);
    expect(await read('REGION', europe.id)).toEqual([{ groupName: 'Europe', advisors: 5 }]);
    expect(await read('COHORT', null)).toEqual([{ groupName: 'Pilot', advisors: 11 }]);
    expect(await read('COHORT', asia.id)).toEqual([{ groupName: 'Pilot', advisors: 6 }]);
    for (const unknown of [randomUUID(), 'not-an-id']) expect(errorCode(await graphql(api.url, GAPS, { scope: 'BOUTIQUE', regionId: unknown }, hrAuth))).toBe('NOT_FOUND');
  });

  it("counts a skill as known in HR's figures exactly when the advisor's own skills do, up to the line, judged or not", async () => {
    const { maison, boutique } = await factory.newMaison();
    const advisors = await Promise.all([0, 1, 2, 3, 4, 5].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id })));
    await importLearningProgram(api.url, factory, maison.id);
    // Two advisors judged either side of the line; three with no judgement yet, whose learner model estimates are
    // tested against the same line (a hair above it, and where a line rounded to its fourth digit would already
    // disagree); the sixth has never practised the skill.
    const judged = [JUDGED_GAP_LINE, JUDGED_GAP_LINE - 1e-6];
    const { ability, z } = masteryLine({ ...DEFAULT_MODEL_PARAMS, masteredProbability: JUDGED_GAP_LINE });
    const estimates = [
      { mean: ability + z * 0.7 + 1e-9, variance: 0.49 },
      { mean: ability + (z - 2e-5) * 0.7, variance: 0.49 },
      { mean: 0, variance: 2 },
    ];
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(
        `INSERT INTO learner_judgement (user_id, maison_id, mixture, judged) SELECT unnest($1::uuid[]), $2, $3, jsonb_build_object('heritage.founding', unnest($4::float8[]))`,
        [advisors.slice(0, 2).map((advisor) => advisor.id), maison.id, emptyMixture(), judged],
      );
      await manager.query(
        `INSERT INTO skill_mastery (user_id, skill_code, maison_id, mean, variance, evidence, estimated_at) SELECT unnest($1::uuid[]), 'heritage.founding', $2, unnest($3::float8[]), unnest($4::float8[]), 3, now()`,
        [advisors.slice(2, 5).map((advisor) => advisor.id), maison.id, estimates.map((estimate) => estimate.mean), estimates.map((estimate) => estimate.variance)],
      );
    });
    expect(z - 2e-5).toBeGreaterThan(Math.round(z * 1e4) / 1e4);
    const known = [true, false, true, false, false, false];
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const gaps = (await graphql<{ skillGaps: unknown[] }>(api.url, `query { skillGaps(scope: BOUTIQUE, locale: "en") { skill { code } advisors withGap } }`, {}, await login(api.url, hr.email, hr.password))).data?.skillGaps;
    expect(gaps).toEqual([{ skill: { code: 'heritage.founding' }, advisors: 6, withGap: known.filter((k) => !k).length }]);
    // Each advisor's own view of the skill agrees.
    for (const [i, advisor] of advisors.entries()) {
      const auth = await login(api.url, advisor.email, advisor.password);
      expect((await graphql<{ mySkills: Array<{ skill: { code: string }; mastered: boolean }> }>(api.url, SKILLS, {}, auth)).data?.mySkills).toEqual([expect.objectContaining({ skill: { code: 'heritage.founding' }, mastered: known[i] })]);
    }
  });

  it('lets an admin set the retention spaced review aims at, and refuses a value out of range without writing it', async () => {
    const { maison } = await anAdvisor();
    const admin = await factory.newUser(maison.id, { roles: ['ADMIN'] });
    const adminAuth = await login(api.url, admin.email, admin.password);
    const SET = `mutation ($retention: Float!) { setDesiredRetention(retention: $retention) { desiredRetention } }`;
    expect((await graphql(api.url, SET, { retention: 0.95 }, adminAuth)).data).toEqual({ setDesiredRetention: { desiredRetention: 0.95 } });
    expect(errorCode(await graphql(api.url, SET, { retention: 1.2 }, adminAuth))).toBe('VALIDATION_FAILED');
    const [{ desired_retention }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT desired_retention FROM maison WHERE id = $1`, [maison.id]));
    expect(Number(desired_retention)).toBe(0.95);
  });
});
