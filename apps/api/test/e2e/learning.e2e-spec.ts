import { randomUUID } from 'node:crypto';
import { localisedText } from '@savoir/domain';
import { importLearningProgram, LEARNING_PACKAGE, rightAnswer, wrongAnswer } from '../factories/learning-content';
import type { TenantFactory } from '../factories/tenant.factory';
import { errorCode, graphql, login } from '../utils/graphql-client';
import { withRunningApi } from '../utils/api-suite';
import type { RunningApi } from '../utils/test-app';

interface LearnerQuestion {
  id: string;
  versionId: string;
  type: string;
  prompt: string;
  choices: Array<{ id: string }>;
}
interface LearnerModule {
  id: string;
  versionId: string;
  kind: string;
  blocks: Array<Record<string, unknown>>;
  questions: LearnerQuestion[];
  progress: { status: string; answered: number; total: number };
}
interface Step {
  moduleId: string;
  code: string;
  status: string;
  certification: boolean;
}

const ENROLMENTS = `query { myEnrolments(locale: "fr") { id programTitle onboarding source startsOn dueOn completedAt certifiedAt certificationScore onboardingDays steps { moduleId code kind title status certification } nextStep { code } } }`;
const MODULE = `query ($id: ID!) { learnerModule(id: $id, locale: "fr") { id versionId kind title blocks questions { id versionId type prompt choices { id text } answered } progress { status answered total score correctFirstTime perfect completedAt } } }`;
const SUBMIT = `mutation ($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "fr") { attemptId correct score explanation solution replayed moduleProgress { status answered total } } }`;

describe('Learn: enrolment, answers exactly once, progress and certification (over HTTP)', () => {
  let api: RunningApi;
  let factory: TenantFactory;
  withRunningApi((started, tenants) => {
    api = started;
    factory = tenants;
  });

  /** A maison with the learning program, and an advisor (created before the program, so enrolled by its import). */
  async function anAdvisorInOnboarding() {
    const tenant = await factory.newMaison();
    const advisor = await factory.newUser(tenant.maison.id, { roles: ['ADVISOR'], boutiqueId: tenant.boutique.id });
    await importLearningProgram(api.url, factory, tenant.maison.id);
    const auth = await login(api.url, advisor.email, advisor.password);
    const codes = new Map<string, string>(
      (await factory.inMaison(tenant.maison.id, (manager) => manager.query(`SELECT id, code FROM question WHERE maison_id = $1`, [tenant.maison.id]))).map((row: { id: string; code: string }) => [row.id, row.code]),
    );
    const steps = async () => (await graphql<{ myEnrolments: Array<{ steps: Step[] }> }>(api.url, ENROLMENTS, {}, auth)).data?.myEnrolments[0].steps ?? [];
    const moduleOf = async (code: string) => {
      const step = (await steps()).find((candidate) => candidate.code === code) as Step;
      return (await graphql<{ learnerModule: LearnerModule }>(api.url, MODULE, { id: step.moduleId }, auth)).data?.learnerModule as LearnerModule;
    };
    const submit = (module: LearnerModule, question: LearnerQuestion, answer: Record<string, unknown>, attemptId: string = randomUUID(), answeredAt = new Date()) =>
      graphql<{ submitAnswer: { attemptId: string; correct: boolean; score: number; explanation: string; solution: Record<string, unknown>; replayed: boolean; moduleProgress: { status: string } } }>(
        api.url,
        SUBMIT,
        { input: { attemptId, questionId: question.id, questionVersionId: question.versionId, moduleVersionId: module.versionId, answer, timeTakenMs: 8000, answeredAt: answeredAt.toISOString(), timeZone: 'Europe/Paris' } },
        auth,
      );
    const counts = () =>
      factory.inMaison(tenant.maison.id, async (manager) => {
        const [row] = await manager.query(
          `SELECT (SELECT count(*) FROM attempt WHERE maison_id = $1)::int AS attempts, (SELECT count(*) FROM outbox_event WHERE maison_id = $1 AND type = 'answer.recorded')::int AS events`,
          [tenant.maison.id],
        );
        return row as { attempts: number; events: number };
      });
    return { ...tenant, advisor, auth, codes, steps, moduleOf, submit, counts };
  }

  it('enrols advisors in the onboarding program, shows their path, and hands out questions without their key', async () => {
    const { auth, moduleOf } = await anAdvisorInOnboarding();
    const enrolments = await graphql<{ myEnrolments: Array<Record<string, unknown> & { steps: Step[] }> }>(api.url, ENROLMENTS, {}, auth);
    expect(enrolments.data?.myEnrolments).toHaveLength(1);
    expect(enrolments.data?.myEnrolments[0]).toMatchObject({ programTitle: 'Intégration', onboarding: true, source: 'ONBOARDING', startsOn: '2026-10-01', certifiedAt: null, nextStep: { code: 'welcome' } });
    expect(enrolments.data?.myEnrolments[0].steps.map((step) => `${step.code} ${step.status}${step.certification ? ' certification' : ''}`)).toEqual([
      'welcome NOT_STARTED',
      'heritage.challenge NOT_STARTED',
      'certification NOT_STARTED certification',
    ]);

    const lesson = await moduleOf('welcome');
    expect(lesson.blocks[0]).toMatchObject({ kind: 'RICH_TEXT', markdown: 'Fondée à **Genève**.', html: '<p>Fondée à <strong>Genève</strong>.</p>' });
    const certification = await moduleOf('certification');
    expect(JSON.stringify(certification)).not.toMatch(/"correct"|"tolerance"|"value"/);
    // Authored as "Question q.… ?": the learner gets French typography, the question mark held to its word.
    expect(certification.questions.map((question) => question.prompt)).toContainEqual(expect.stringMatching(/^Question q\.\S+\u202f\?$/));
    expect(certification.questions.map((question) => question.prompt).filter((prompt) => prompt.includes(' ?'))).toEqual([]);
    const ordering = certification.questions.find((question) => question.type === 'ORDERING') as LearnerQuestion;
    expect(ordering.choices.map((item) => item.id).sort()).toEqual(['boutique', 'first-calibre', 'founding']);
  });

  it('never sends an advisor a picture or video address stored before addresses were checked', async () => {
    const { maison, auth, codes, steps } = await anAdvisorInOnboarding();
    const questionId = [...codes].find(([, code]) => code === 'q.lesson')?.[0];
    const alt = (text: string) => ({ text: localisedText('en', 'Option'), imageAlt: localisedText('en', text) });
    // Old rows, written before the save rule: straight into the tables, as no save or import would now allow.
    await factory.inMaison(maison.id, async (manager) => {
      const [lesson] = await manager.query(`SELECT v.id, v.texts FROM module_version v JOIN module m ON m.id = v.module_id WHERE m.maison_id = $1 AND m.code = 'welcome' AND v.status = 'PUBLISHED'`, [maison.id]);
      const blocks = [
        { kind: 'IMAGE', url: 'javascript:alert(1)', alt: localisedText('en', 'Workshop') },
        { kind: 'VIDEO', url: 'http://cdn.example/atelier.mp4' },
        { kind: 'IMAGE', url: '/content/images/workshop.jpg', alt: localisedText('en', 'Workshop') },
        ...lesson.texts.blocks,
      ];
      await manager.query(`UPDATE module_version SET texts = $2 WHERE id = $1`, [lesson.id, { ...lesson.texts, blocks }]);
      await manager.query(
        `UPDATE question_version SET type = 'IMAGE_CHOICE', key = jsonb_set(key, '{type}', '"IMAGE_CHOICE"'), presentation = jsonb_set(presentation, '{choices}', $2) WHERE question_id = $1 AND status = 'PUBLISHED'`,
        [questionId, { a: { ...alt('A'), imageUrl: 'javascript:alert(1)' }, b: { ...alt('B'), imageUrl: '//other-host.example/b.jpg' }, c: { ...alt('C'), imageUrl: 'https://cdn.maison.example/c.jpg' } }],
      );
    });

    const step = (await steps()).find((candidate) => candidate.code === 'welcome') as Step;
    const read = await graphql<{ learnerModule: { blocks: Array<Record<string, unknown>>; questions: Array<{ type: string; choices: Array<{ id: string; text: string; imageUrl: string | null }> }> } }>(
      api.url,
      `query ($id: ID!) { learnerModule(id: $id, locale: "en") { blocks questions { type choices { id text imageUrl } } } }`,
      { id: step.moduleId },
      auth,
    );
    expect(read.errors).toBeUndefined();
    const lesson = read.data?.learnerModule;
    expect(lesson?.blocks.map((block) => `${block.kind} ${block.url ?? ''}`.trim())).toEqual(['IMAGE /content/images/workshop.jpg', 'RICH_TEXT', 'KEY_FACT']);
    expect(lesson?.questions[0].type).toBe('IMAGE_CHOICE');
    expect([...(lesson?.questions[0].choices ?? [])].sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'a', text: 'Option', imageUrl: null },
      { id: 'b', text: 'Option', imageUrl: null },
      { id: 'c', text: 'Option', imageUrl: 'https://cdn.maison.example/c.jpg' },
    ]);
  });

  it('records an answer once per attempt id: a retry returns the first result, another answer under the same id is refused', async () => {
    const { moduleOf, submit, counts } = await anAdvisorInOnboarding();
    const challenge = await moduleOf('heritage.challenge');
    const [question] = challenge.questions;
    const attemptId = randomUUID();

    const first = await submit(challenge, question, { type: 'SINGLE_CHOICE', optionId: 'a' }, attemptId);
    expect(first.data?.submitAnswer).toMatchObject({ attemptId, correct: true, score: 1, replayed: false, solution: { type: 'SINGLE_CHOICE', optionId: 'a' }, moduleProgress: { status: 'IN_PROGRESS' } });
    expect(first.data?.submitAnswer.explanation).toMatch(/^À cause de/);
    expect(await counts()).toEqual({ attempts: 1, events: 1 });

    const retries = await Promise.all([0, 1, 2].map(() => submit(challenge, question, { type: 'SINGLE_CHOICE', optionId: 'a' }, attemptId)));
    for (const retry of retries) expect(retry.data?.submitAnswer).toMatchObject({ attemptId, correct: true, replayed: true });
    expect(await counts()).toEqual({ attempts: 1, events: 1 });

    const changed = await submit(challenge, question, { type: 'SINGLE_CHOICE', optionId: 'b' }, attemptId);
    expect(errorCode(changed)).toBe('ATTEMPT_CONFLICT');
    expect(await counts()).toEqual({ attempts: 1, events: 1 });
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const { maison, moduleOf, submit, counts, auth } = await anAdvisorInOnboarding();
    const certification = await moduleOf('certification');
    const numeric = certification.questions.find((question) => question.type === 'NUMERIC') as LearnerQuestion;
    const choice = certification.questions.find((question) => question.type === 'SINGLE_CHOICE') as LearnerQuestion;

    expect(errorCode(await submit(certification, numeric, { type: 'SINGLE_CHOICE', optionId: 'a' }))).toBe('ANSWER_INVALID');
    expect(errorCode(await submit(certification, choice, { type: 'SINGLE_CHOICE', optionId: 'zz' }))).toBe('ANSWER_INVALID');
    expect(errorCode(await submit(certification, choice, { type: 'SINGLE_CHOICE', optionId: 'a', extra: 1 }))).toBe('ANSWER_INVALID');
    expect(errorCode(await submit(certification, { ...choice, id: randomUUID(), versionId: randomUUID() }, { type: 'SINGLE_CHOICE', optionId: 'a' }))).toBe('NOT_FOUND');
    expect(errorCode(await submit(certification, choice, { type: 'SINGLE_CHOICE', optionId: 'a' }, 'not-a-uuid'))).toBe('VALIDATION_FAILED');
    expect(errorCode(await submit(certification, choice, { type: 'SINGLE_CHOICE', optionId: 'a' }, randomUUID(), new Date(Date.now() + 86_400_000)))).toBe('VALIDATION_FAILED');
    // Dated before the question was published: no device could have answered it then.
    expect(errorCode(await submit(certification, choice, { type: 'SINGLE_CHOICE', optionId: 'a' }, randomUUID(), new Date('2020-01-01T00:00:00Z')))).toBe('VALIDATION_FAILED');

    // A question of another maison is not found, whatever its id.
    const other = await anAdvisorInOnboarding();
    const foreign = (await other.moduleOf('certification')).questions.find((question) => question.type === 'SINGLE_CHOICE') as LearnerQuestion;
    expect(errorCode(await submit(certification, foreign, { type: 'SINGLE_CHOICE', optionId: 'a' }))).toBe('NOT_FOUND');

    // A draft version (a new version being edited) cannot be answered.
    const draftVersionId = await factory.inMaison(maison.id, async (manager) => {
      const [published] = await manager.query(`SELECT * FROM question_version WHERE id = $1`, [choice.versionId]);
      const [draft] = await manager.query(
        `INSERT INTO question_version (maison_id, question_id, version, status, last_editor_id, type, difficulty, skills, key, presentation)
         VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6, $7, $8, $9) RETURNING id`,
        [maison.id, published.question_id, published.version + 1, published.last_editor_id, published.type, published.difficulty, published.skills, published.key, published.presentation],
      );
      return draft.id as string;
    });
    expect(errorCode(await submit({ ...certification, versionId: null as never }, { ...choice, versionId: draftVersionId }, { type: 'SINGLE_CHOICE', optionId: 'a' }))).toBe('VERSION_NOT_PUBLISHED');
    // A question that is not in the module version named.
    const lessonQuestion = (await moduleOf('welcome')).questions[0];
    expect(errorCode(await submit(certification, lessonQuestion, { type: 'SINGLE_CHOICE', optionId: 'a' }))).toBe('VALIDATION_FAILED');

    expect(await counts()).toEqual({ attempts: 0, events: 0 });
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const hrAuth = await login(api.url, hr.email, hr.password);
    expect(errorCode(await graphql(api.url, SUBMIT, { input: {} }, hrAuth))).toBeDefined();
    expect(errorCode(await graphql(api.url, `query { myEnrolments(locale: "en") { id } }`, {}, hrAuth))).toBe('FORBIDDEN');
    expect(auth.token).toBeTruthy();
  });

  it('completes modules by their rules and certifies at the threshold, storing the onboarding time', async () => {
    const { maison, advisor, moduleOf, submit, codes, auth, steps } = await anAdvisorInOnboarding();
    const COMPLETE_LESSON = `mutation ($id: ID!) { completeLesson(moduleVersionId: $id) { status answered total lessonReadAt } }`;
    // An author has placed a quiz still in draft at the end of the program: it is not on the path, and neither holds
    // completion back nor takes the certification quiz's place.
    await factory.inMaison(maison.id, async (manager) => {
      const [{ id: draftId }] = await manager.query(`INSERT INTO module (maison_id, code, kind) VALUES ($1, 'advanced.quiz', 'QUIZ') RETURNING id`, [maison.id]);
      await manager.query(
        `INSERT INTO module_version (maison_id, module_id, version, status, last_editor_id, estimated_minutes, target_skills, questions, texts) VALUES ($1, $2, 1, 'DRAFT', $3, 5, '{}', '{}', $4)`,
        [maison.id, draftId, advisor.id, { title: localisedText('en', 'Advanced'), summary: localisedText('en', 'In the works'), blocks: [] }],
      );
      await manager.query(`INSERT INTO program_module (maison_id, program_id, module_id, position) SELECT $1, program_id, $2, 3 FROM enrolment WHERE user_id = $3`, [maison.id, draftId, advisor.id]);
    });

    const lesson = await moduleOf('welcome');
    const read = await graphql<{ completeLesson: { lessonReadAt: string } }>(api.url, COMPLETE_LESSON, { id: lesson.versionId }, auth);
    expect(read.data).toEqual({ completeLesson: { status: 'IN_PROGRESS', answered: 0, total: 1, lessonReadAt: expect.any(String) } });
    // Reading it again keeps the first reading.
    expect((await graphql(api.url, COMPLETE_LESSON, { id: lesson.versionId }, auth)).data?.completeLesson).toMatchObject({ lessonReadAt: read.data?.completeLesson.lessonReadAt });
    expect((await submit(lesson, lesson.questions[0], wrongAnswer('q.lesson'))).data?.submitAnswer.moduleProgress.status).toBe('COMPLETED');

    const challenge = await moduleOf('heritage.challenge');
    for (const question of challenge.questions) await submit(challenge, question, rightAnswer(codes.get(question.id) as string));

    // Certification: 3 of 5 right (0.6 < 0.8) completes the program but does not certify.
    const certification = await moduleOf('certification');
    for (const [i, question] of certification.questions.entries()) {
      const code = codes.get(question.id) as string;
      await submit(certification, question, i < 3 ? rightAnswer(code) : wrongAnswer(code));
    }
    let enrolment = (await graphql<{ myEnrolments: Array<Record<string, unknown>> }>(api.url, ENROLMENTS, {}, auth)).data?.myEnrolments[0];
    expect(enrolment).toMatchObject({ certifiedAt: null, nextStep: null });
    expect(enrolment?.completedAt).not.toBeNull();
    expect((await steps()).map((step) => `${step.code} ${step.status}${step.certification ? ' certification' : ''}`)).toEqual([
      'welcome COMPLETED',
      'heritage.challenge COMPLETED',
      'certification COMPLETED certification',
    ]);

    // Revisiting one missed question lifts the best score to 0.8: certified at that answer, the onboarding time stored
    // in days from the start date (1 October) in the advisor's zone.
    const missed = certification.questions[3];
    const liftedAt = new Date();
    await submit(certification, missed, rightAnswer(codes.get(missed.id) as string), randomUUID(), liftedAt);
    // The advisor's "3 of 5 right the first time" is kept after the correction; the best score is what rose.
    expect((await moduleOf('certification')).progress).toMatchObject({ status: 'COMPLETED', answered: 5, total: 5, score: 0.6, correctFirstTime: 3, perfect: false });
    enrolment = (await graphql<{ myEnrolments: Array<Record<string, unknown>> }>(api.url, ENROLMENTS, {}, auth)).data?.myEnrolments[0];
    const parisDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(liftedAt);
    const days = (Date.parse(`${parisDate}T00:00:00Z`) - Date.parse('2026-10-01T00:00:00Z')) / 86_400_000;
    expect(enrolment).toMatchObject({ certifiedAt: liftedAt.toISOString(), certificationScore: 0.8, onboardingDays: days });
    const [stored] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT onboarding_days FROM enrolment WHERE user_id = $1`, [advisor.id]));
    expect(stored.onboarding_days).toBe(days);

    // Enrolled later in a program of the same modules, the advisor has finished it already: completed and certified at once.
    await importLearningProgram(api.url, factory, maison.id, { ...LEARNING_PACKAGE, program: { ...LEARNING_PACKAGE.program, code: 'refresher', title: { en: 'Refresher' }, onboarding: false } });
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const hrAuth = await login(api.url, hr.email, hr.password);
    const refresher = (await graphql<{ programs: Array<{ id: string; code: string }> }>(api.url, `query { programs { id code } }`, {}, hrAuth)).data?.programs.find((program) => program.code === 'refresher');
    const enrolled = await graphql(api.url, `mutation ($input: EnrolInProgramInput!) { enrolInProgram(input: $input) { enrolled } }`, { input: { programId: refresher?.id, userIds: [advisor.id] } }, hrAuth);
    expect(enrolled.data).toEqual({ enrolInProgram: { enrolled: 1 } });
    const [again] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT completed_at, certified_at, certification_score::float8 AS certification_score FROM enrolment WHERE user_id = $1 AND program_id = $2`, [advisor.id, refresher?.id]));
    expect(again).toMatchObject({ completed_at: expect.any(Date), certified_at: expect.any(Date), certification_score: 0.8 });
  });

  it('dates certification by the answer that lifted the quiz to the threshold, even when a lesson read earlier offline arrives after it', async () => {
    const { moduleOf, submit, codes, auth } = await anAdvisorInOnboarding();
    const COMPLETE_LESSON = `mutation ($id: ID!, $readAt: DateTime) { completeLesson(moduleVersionId: $id, readAt: $readAt) { status } }`;
    const readOnTheTrain = new Date(Date.now() - 60_000);
    const lesson = await moduleOf('welcome');
    await submit(lesson, lesson.questions[0], rightAnswer('q.lesson')); // the lesson waits for its reading
    const challenge = await moduleOf('heritage.challenge');
    for (const question of challenge.questions) await submit(challenge, question, rightAnswer(codes.get(question.id) as string));
    const certification = await moduleOf('certification');
    for (const [i, question] of certification.questions.entries()) await submit(certification, question, i < 3 ? rightAnswer(codes.get(question.id) as string) : wrongAnswer(codes.get(question.id) as string));
    const liftedAt = new Date();
    await submit(certification, certification.questions[3], rightAnswer(codes.get(certification.questions[3].id) as string), randomUUID(), liftedAt);

    // The lesson, read on the train before all of this, syncs last: the program is complete, certified when the quiz reached 0.8.
    expect((await graphql(api.url, COMPLETE_LESSON, { id: lesson.versionId, readAt: readOnTheTrain.toISOString() }, auth)).data).toEqual({ completeLesson: { status: 'COMPLETED' } });
    const enrolment = (await graphql<{ myEnrolments: Array<Record<string, unknown>> }>(api.url, ENROLMENTS, {}, auth)).data?.myEnrolments[0];
    expect(enrolment).toMatchObject({ certifiedAt: liftedAt.toISOString(), certificationScore: 0.8 });
  });

  it('hands an advisor part-way through a module a question corrected since, and counts their answer to it', async () => {
    const { maison, moduleOf, submit, codes } = await anAdvisorInOnboarding();
    const before = await moduleOf('certification');
    const [first, second] = before.questions.filter((question) => ['q.c1', 'q.c2'].includes(codes.get(question.id) as string));
    await submit(before, first, rightAnswer(codes.get(first.id) as string));

    // The maison's authors correct q.c2 (its right answer is b, not a) and import the program again.
    const corrected = { ...LEARNING_PACKAGE, questions: LEARNING_PACKAGE.questions.map((question) => (question.code === codes.get(second.id) ? { ...question, key: { type: 'SINGLE_CHOICE' as const, options: [{ id: 'a', correct: false }, { id: 'b', correct: true }, { id: 'c', correct: false }] } } : question)) };
    await importLearningProgram(api.url, factory, maison.id, corrected);

    const after = await moduleOf('certification');
    expect(after.versionId).toBe(before.versionId); // the advisor stays on the module they started
    const fixed = after.questions.find((question) => question.id === second.id) as LearnerQuestion;
    expect(fixed.versionId).not.toBe(second.versionId); // but is asked the corrected question
    const answered = await submit(after, fixed, { type: 'SINGLE_CHOICE', optionId: 'b' });
    expect(answered.data?.submitAnswer).toMatchObject({ correct: true, moduleProgress: { status: 'IN_PROGRESS' } });
    expect((await moduleOf('certification')).progress).toMatchObject({ answered: 2, total: 5 });
  });

  it('keeps a lesson read offline at the instant the device gives, refuses one from the future and writes nothing for it', async () => {
    const { maison, advisor, moduleOf, auth } = await anAdvisorInOnboarding();
    const COMPLETE_LESSON = `mutation ($id: ID!, $readAt: DateTime) { completeLesson(moduleVersionId: $id, readAt: $readAt) { status lessonReadAt } }`;
    const progressRows = () =>
      factory.inMaison(maison.id, async (manager) => (await manager.query(`SELECT count(*)::int AS n FROM module_progress WHERE user_id = $1`, [advisor.id]))[0].n as number);
    // Published yesterday: a reading from earlier today is within its life.
    await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE module_version SET published_at = published_at - interval '1 day' WHERE maison_id = $1`, [maison.id]));
    const lesson = await moduleOf('welcome');

    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(errorCode(await graphql(api.url, COMPLETE_LESSON, { id: lesson.versionId, readAt: future }, auth))).toBe('VALIDATION_FAILED');
    expect(await progressRows()).toBe(0);

    // Read on the train two hours ago, sent now: the device's instant is kept, and a replay (a second device, a
    // resend after a lost response) keeps the earliest reading.
    const onTheTrain = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const read = await graphql<{ completeLesson: { status: string; lessonReadAt: string } }>(api.url, COMPLETE_LESSON, { id: lesson.versionId, readAt: onTheTrain }, auth);
    expect(read.data).toEqual({ completeLesson: { status: 'IN_PROGRESS', lessonReadAt: onTheTrain } });
    const replay = await graphql<{ completeLesson: { lessonReadAt: string } }>(api.url, COMPLETE_LESSON, { id: lesson.versionId, readAt: new Date().toISOString() }, auth);
    expect(replay.data?.completeLesson.lessonReadAt).toBe(onTheTrain);
    // A reading made earlier still, on another device, arrives last: it is the one kept.
    const earlier = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const late = await graphql<{ completeLesson: { lessonReadAt: string } }>(api.url, COMPLETE_LESSON, { id: lesson.versionId, readAt: earlier }, auth);
    expect(late.data?.completeLesson.lessonReadAt).toBe(earlier);
    expect(await progressRows()).toBe(1);
  });

  it('reads the instants of a phone whose clock is set wrong on the server’s clock when the phone says when it sent them', async () => {
    const { maison, advisor, moduleOf, auth } = await anAdvisorInOnboarding();
    // The program was published yesterday, so what was done twenty minutes ago is within its life.
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(`UPDATE question_version SET published_at = published_at - interval '1 day' WHERE maison_id = $1`, [maison.id]);
      await manager.query(`UPDATE module_version SET published_at = published_at - interval '1 day' WHERE maison_id = $1`, [maison.id]);
    });
    const HOUR = 3_600_000;
    const twentyMinutesAgo = Date.now() - 20 * 60_000;
    const lesson = await moduleOf('welcome');
    const question = lesson.questions[0];
    const answeredOnAPhoneThreeHoursAhead = new Date(twentyMinutesAgo + 3 * HOUR).toISOString();
    const input = { attemptId: randomUUID(), questionId: question.id, questionVersionId: question.versionId, moduleVersionId: lesson.versionId, answer: rightAnswer('q.lesson'), timeTakenMs: 8000, answeredAt: answeredOnAPhoneThreeHoursAhead, timeZone: 'Europe/Paris' };

    // Without the instant it was sent, such an answer is refused as from the future (as before).
    expect(errorCode(await graphql(api.url, SUBMIT, { input }, auth))).toBe('VALIDATION_FAILED');
    const sent = await graphql<{ submitAnswer: { correct: boolean } }>(api.url, SUBMIT, { input: { ...input, sentAt: new Date(Date.now() + 3 * HOUR).toISOString() } }, auth);
    expect(sent.data?.submitAnswer.correct).toBe(true);
    const [attempt] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT answered_at FROM attempt WHERE id = $1`, [input.attemptId]));
    expect(Math.abs((attempt.answered_at as Date).getTime() - twentyMinutesAgo)).toBeLessThan(5_000);

    // A lesson read on a phone a day behind.
    const COMPLETE_LESSON = `mutation ($id: ID!, $readAt: DateTime, $sentAt: DateTime) { completeLesson(moduleVersionId: $id, readAt: $readAt, sentAt: $sentAt) { lessonReadAt } }`;
    const read = await graphql<{ completeLesson: { lessonReadAt: string } }>(
      api.url,
      COMPLETE_LESSON,
      { id: lesson.versionId, readAt: new Date(twentyMinutesAgo - 24 * HOUR).toISOString(), sentAt: new Date(Date.now() - 24 * HOUR).toISOString() },
      auth,
    );
    expect(Math.abs(Date.parse(read.data?.completeLesson.lessonReadAt ?? '') - twentyMinutesAgo)).toBeLessThan(5_000);
    const [progress] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT status FROM module_progress WHERE user_id = $1`, [advisor.id]));
    expect(progress.status).toBe('COMPLETED');
  });

  it('counts an answer or a reading that waited on a device more than a week from a week ago, keeping it, so that none can be dated weeks back', async () => {
    const { maison, advisor, moduleOf, submit, auth } = await anAdvisorInOnboarding();
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(`UPDATE question_version SET published_at = published_at - interval '90 days' WHERE maison_id = $1`, [maison.id]);
      await manager.query(`UPDATE module_version SET published_at = published_at - interval '90 days' WHERE maison_id = $1`, [maison.id]);
    });
    const DAY = 86_400_000;
    const lesson = await moduleOf('welcome');
    const answered = await submit(lesson, lesson.questions[0], rightAnswer('q.lesson'), randomUUID(), new Date(Date.now() - 40 * DAY));
    expect(answered.data?.submitAnswer.correct).toBe(true);
    const COMPLETE_LESSON = `mutation ($id: ID!, $readAt: DateTime) { completeLesson(moduleVersionId: $id, readAt: $readAt) { lessonReadAt } }`;
    const read = await graphql<{ completeLesson: { lessonReadAt: string } }>(api.url, COMPLETE_LESSON, { id: lesson.versionId, readAt: '1990-01-01T10:00:00Z' }, auth);
    const weekAgo = Date.now() - 7 * DAY;
    expect(Math.abs(Date.parse(read.data?.completeLesson.lessonReadAt ?? '') - weekAgo)).toBeLessThan(10_000);
    const [attempt] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT answered_at FROM attempt WHERE user_id = $1`, [advisor.id]));
    expect(Math.abs((attempt.answered_at as Date).getTime() - weekAgo)).toBeLessThan(10_000);
  });

  it('enrols an advisor once when HR sends the same enrolment several times at once', async () => {
    const { maison, boutique, advisor } = await anAdvisorInOnboarding();
    await importLearningProgram(api.url, factory, maison.id, { ...LEARNING_PACKAGE, program: { ...LEARNING_PACKAGE.program, code: 'refresher-2', title: { en: 'Refresher' }, onboarding: false } });
    const hr = await factory.newUser(maison.id, { roles: ['HR'] });
    const hrAuth = await login(api.url, hr.email, hr.password);
    const programId = (await graphql<{ programs: Array<{ id: string; code: string }> }>(api.url, `query { programs { id code } }`, {}, hrAuth)).data?.programs.find((program) => program.code === 'refresher-2')?.id;
    const ENROL = `mutation ($input: EnrolInProgramInput!) { enrolInProgram(input: $input) { enrolled alreadyEnrolled } }`;
    const others = await Promise.all([0, 1, 2].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id })));
    // Each of four advisors enrolled three times at once, the twelve requests together.
    const rounds = await Promise.all(
      [advisor, ...others].map((user) => Promise.all([0, 1, 2].map(() => graphql<{ enrolInProgram: { enrolled: number } }>(api.url, ENROL, { input: { programId, userIds: [user.id] } }, hrAuth)))),
    );
    for (const results of rounds) {
      expect(results.map((result) => result.errors?.[0].extensions?.code)).toEqual([undefined, undefined, undefined]);
      expect(results.map((result) => result.data?.enrolInProgram.enrolled).sort()).toEqual([0, 0, 1]);
    }
  });

  it('lets HR enrol a cohort in another program with a due date, and enrols new advisors in onboarding automatically', async () => {
    const { maison, boutique } = await factory.newMaison();
    await importLearningProgram(api.url, factory, maison.id);
    const second = { ...LEARNING_PACKAGE, program: { ...LEARNING_PACKAGE.program, code: 'high-jewellery', title: { en: 'High jewellery' }, onboarding: false } };
    await importLearningProgram(api.url, factory, maison.id, second);
    const admin = await factory.newUser(maison.id, { roles: ['ADMIN', 'HR'] });
    const auth = await login(api.url, admin.email, admin.password);

    const created = await graphql<{ createUser: { id: string } }>(
      api.url,
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: `new-${randomUUID().slice(0, 6)}@savoir.test`, displayName: 'New Advisor', roles: ['ADVISOR'], boutiqueId: boutique.id, startDate: '2026-11-02', password: 'a-long-enough-password-2026' } },
      auth,
    );
    expect(created.errors).toBeUndefined();
    const newAdvisorId = created.data?.createUser.id as string;

    const cohort = await factory.newCohort(maison.id);
    const members = [newAdvisorId, (await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id })).id];
    await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO cohort_member (maison_id, cohort_id, user_id) SELECT $1, $2, unnest($3::uuid[])`, [maison.id, cohort.id, members]));
    const programs = await graphql<{ programs: Array<{ id: string; code: string }> }>(api.url, `query { programs { id code } }`, {}, auth);
    const programId = programs.data?.programs.find((program) => program.code === 'high-jewellery')?.id;
    const ENROL = `mutation ($input: EnrolInProgramInput!) { enrolInProgram(input: $input) { enrolled alreadyEnrolled } }`;
    expect((await graphql(api.url, ENROL, { input: { programId, cohortId: cohort.id, dueOn: '2026-12-31' } }, auth)).data).toEqual({ enrolInProgram: { enrolled: 2, alreadyEnrolled: 0 } });
    expect((await graphql(api.url, ENROL, { input: { programId, userIds: [newAdvisorId], dueOn: '2027-01-15' } }, auth)).data).toEqual({ enrolInProgram: { enrolled: 0, alreadyEnrolled: 1 } });
    // A cohort that does not exist (or is another maison's) is named as not found, not taken as an empty one.
    expect(errorCode(await graphql(api.url, ENROL, { input: { programId, cohortId: randomUUID() } }, auth))).toBe('NOT_FOUND');
    expect(errorCode(await graphql(api.url, ENROL, { input: { programId, userIds: [admin.id] } }, auth))).toBe('VALIDATION_FAILED');
    expect(errorCode(await graphql(api.url, ENROL, { input: { programId, cohortId: cohort.id, dueOn: '31/12/2026' } }, auth))).toBe('VALIDATION_FAILED');

    const rows = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT p.code, e.source, e.starts_on::text, e.due_on::text FROM enrolment e JOIN program p ON p.id = e.program_id WHERE e.user_id = $1 ORDER BY p.code`, [newAdvisorId]),
    );
    expect(rows).toEqual([
      { code: 'high-jewellery', source: 'ASSIGNED', starts_on: expect.any(String), due_on: '2027-01-15' },
      { code: 'onboarding', source: 'ONBOARDING', starts_on: '2026-11-02', due_on: null },
    ]);
  });
});
