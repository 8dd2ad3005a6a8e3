import { onboardingDays } from '@savoir/domain';
import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import { importLearningProgram, LEARNING_PACKAGE, rightAnswer } from '../factories/learning-content';
import type { TenantFactory } from '../factories/tenant.factory';
import { graphql, login } from '../utils/graphql-client';
import { withRunningWorker } from '../utils/api-suite';
import type { RunningApi } from '../utils/test-app';
import { workerSettled } from '../utils/worker-settled';

/** Enrolments made by a change elsewhere (a new onboarding program) are settled by the real worker. */
describe('onboarding enrolments through the worker', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  let queue: Queue;

  withRunningWorker('admin', (started) => ({ api, factory, queue } = started));

  /** The advisor answers every question of their enrolment right and reads every lesson, over the API. */
  async function workThroughEveryStep(advisor: { maisonId: string; email: string; password: string }): Promise<void> {
    const auth = await login(api.url, advisor.email, advisor.password);
    const codes = new Map<string, string>(
      (await factory.inMaison(advisor.maisonId, (manager) => manager.query(`SELECT id, code FROM question WHERE maison_id = $1`, [advisor.maisonId]))).map((row: { id: string; code: string }) => [row.id, row.code]),
    );
    const steps = (await graphql<{ myEnrolments: Array<{ steps: Array<{ moduleId: string }> }> }>(api.url, `query { myEnrolments(locale: "en") { steps { moduleId } } }`, {}, auth)).data?.myEnrolments[0].steps ?? [];
    for (const step of steps) {
      const module = (await graphql<{ learnerModule: { versionId: string; kind: string; questions: Array<{ id: string; versionId: string }> } }>(api.url, `query ($id: ID!) { learnerModule(id: $id, locale: "en") { versionId kind questions { id versionId } } }`, { id: step.moduleId }, auth)).data?.learnerModule;
      for (const question of module?.questions ?? []) {
        const input = { attemptId: randomUUID(), questionId: question.id, questionVersionId: question.versionId, moduleVersionId: module?.versionId, answer: rightAnswer(codes.get(question.id) as string), timeTakenMs: 5000, answeredAt: new Date().toISOString(), timeZone: 'Europe/Paris' };
        expect((await graphql(api.url, `mutation ($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "en") { correct } }`, { input }, auth)).errors).toBeUndefined();
      }
      if (module?.kind === 'LESSON') await graphql(api.url, `mutation ($id: ID!) { completeLesson(moduleVersionId: $id) { status } }`, { id: module.versionId }, auth);
    }
  }

  it('counts what an advisor finished already when a new onboarding program reuses its modules: the enrolment is completed and certified', async () => {
    const { maison, boutique } = await factory.newMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    // A first program, not the onboarding one, which the advisor works through to its certification.
    await importLearningProgram(api.url, factory, maison.id, { ...LEARNING_PACKAGE, program: { ...LEARNING_PACKAGE.program, code: 'basics', title: { en: 'Basics' }, onboarding: false } });
    await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ASSIGNED', '2026-10-01' FROM program WHERE maison_id = $1`, [maison.id, advisor.id]));
    await workThroughEveryStep(advisor);
    const enrolments = () =>
      factory.inMaison(maison.id, (manager) =>
        manager.query(`SELECT p.code, e.source, e.completed_at IS NOT NULL AS completed, e.certified_at IS NOT NULL AS certified FROM enrolment e JOIN program p ON p.id = e.program_id WHERE e.user_id = $1 ORDER BY p.code`, [advisor.id]),
      );
    expect(await enrolments()).toEqual([{ code: 'basics', source: 'ASSIGNED', completed: true, certified: true }]);

    // The maison's onboarding program arrives, made of the same modules: the advisor is enrolled, and has done it all.
    await importLearningProgram(api.url, factory, maison.id);
    await workerSettled(factory, maison.id, queue);
    expect(await enrolments()).toEqual([
      { code: 'basics', source: 'ASSIGNED', completed: true, certified: true },
      { code: 'onboarding', source: 'ONBOARDING', completed: true, certified: true },
    ]);
  });

  it('gives the advisors already certified in a program their onboarding time when it becomes the onboarding program', async () => {
    const { maison, boutique } = await factory.newMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'], boutiqueId: boutique.id });
    await importLearningProgram(api.url, factory, maison.id, { ...LEARNING_PACKAGE, program: { ...LEARNING_PACKAGE.program, onboarding: false } });
    await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ASSIGNED', '2026-10-01' FROM program WHERE maison_id = $1`, [maison.id, advisor.id]));
    await workThroughEveryStep(advisor);
    const enrolment = async () =>
      (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT e.certified_at AS "certifiedAt", e.onboarding_days AS "onboardingDays" FROM enrolment e WHERE e.user_id = $1`, [advisor.id])))[0];
    const before = await enrolment();
    expect(before).toEqual({ certifiedAt: expect.any(Date), onboardingDays: null });

    const programId = (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT id FROM program WHERE maison_id = $1`, [maison.id])))[0].id;
    const authorAuth = await login(api.url, author.email, author.password);
    const switched = await graphql(api.url, `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { onboarding } }`, { input: { id: programId, onboarding: true } }, authorAuth);
    expect(switched.errors).toBeUndefined();
    // Days from the factory's start date (2026-10-01) to the certification, in the advisor's zone.
    expect(await enrolment()).toEqual({ certifiedAt: before.certifiedAt, onboardingDays: onboardingDays('2026-10-01', before.certifiedAt, 'Europe/Paris') });
  });
});
