import type { INestApplicationContext } from '@nestjs/common';
import { cardsAfterAnswer, emptyMixture, guessChance, INITIAL_REVIEW_PACE, judgedMastery, JUDGED_GAP_LINE, masteryProbability, mixtureAfterAnswer, paceAfterReview, predictSuccess, priorItem, priorSkill, reviewAfterAnswer, type ReviewCard } from '@savoir/domain';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { TenantDb } from '../../src/core/database/tenant-db';
import { ChallengeGenerator } from '../../src/modules/adaptive/challenge-generator';
import { DailyChallenges } from '../../src/modules/adaptive/daily-challenges.service';
import { SkillMasteryEntity } from '../../src/modules/adaptive/entities/learner-model.entity';
import { loadLearnerContext } from '../../src/modules/adaptive/learner-context';
import { loadEstimates, toSkillEstimate } from '../../src/modules/adaptive/learner-state';
import { ItemCalibration } from '../../src/modules/adaptive/item-calibration.service';
import { importLearningProgram, rightAnswer, wrongAnswer } from '../factories/learning-content';
import type { TenantFactory } from '../factories/tenant.factory';
import { graphql, login } from '../utils/graphql-client';
import { withRunningWorker } from '../utils/api-suite';
import type { RunningApi } from '../utils/test-app';
import { holdLock, settlesWithin, waitsBehind } from '../utils/locks';
import { workerSettled } from '../utils/worker-settled';

const TODAY = `query { todayChallenge(locale: "en") { id kind completed items { reason skill { code name } answered question { id versionId } } } }`;

describe('adaptive engine through the worker', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let factory: TenantFactory;
  let queue: Queue;

  withRunningWorker('adaptive', (started) => ({ api, worker, factory, queue } = started));

  async function anAdvisor(timezone = 'Europe/Paris') {
    const { maison, boutique } = await factory.newMaison();
    await importLearningProgram(api.url, factory, maison.id);
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(`UPDATE app_user SET timezone = $2 WHERE id = $1`, [advisor.id, timezone]);
      await manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ONBOARDING', current_date FROM program WHERE maison_id = $1`, [maison.id, advisor.id]);
    });
    const codes = new Map<string, string>(
      (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT id, code FROM question WHERE maison_id = $1`, [maison.id]))).map((row: { id: string; code: string }) => [row.id, row.code]),
    );
    const auth = await login(api.url, advisor.email, advisor.password);
    return { maison, boutique, advisor, auth, codes };
  }

  /** Answers `question` right over HTTP (outside any module), now, as the advisor signed in with `auth`. */
  function answerRight(auth: { token: string; cookie: string }, codes: Map<string, string>, question: { id: string; versionId: string }, moduleVersionId?: string, answeredAt = new Date()) {
    return graphql(
      api.url,
      `mutation ($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "en") { correct } }`,
      { input: { attemptId: randomUUID(), questionId: question.id, questionVersionId: question.versionId, moduleVersionId, answer: rightAnswer(codes.get(question.id) as string), timeTakenMs: 3000, answeredAt: answeredAt.toISOString(), timeZone: 'Europe/Paris' } },
      auth,
    );
  }

  /** Delayed jobs are left out: the adaptive queue's schedules always keep their next tick delayed. */
  const settled = (maisonId: string) => workerSettled(factory, maisonId, queue, ['active', 'waiting', 'prioritized'], 20_000);

  async function waitFor<T>(read: () => Promise<T | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('moves the learner model with the answer, then the worker builds the next challenge with a reason for every item', async () => {
    const { maison, advisor, auth, codes } = await anAdvisor();
    const enrolments = await graphql<{ myEnrolments: Array<{ steps: Array<{ moduleId: string; code: string }> }> }>(api.url, `query { myEnrolments(locale: "en") { steps { moduleId code } } }`, {}, auth);
    const challengeId = enrolments.data?.myEnrolments[0].steps.find((step) => step.code === 'heritage.challenge')?.moduleId;
    const module = await graphql<{ learnerModule: { versionId: string; questions: Array<{ id: string; versionId: string }> } }>(api.url, `query ($id: ID!) { learnerModule(id: $id, locale: "en") { versionId questions { id versionId } } }`, { id: challengeId }, auth);
    const question = module.data?.learnerModule.questions[0] as { id: string; versionId: string };
    expect((await graphql(api.url, TODAY, {}, auth)).data?.todayChallenge).toBeNull();

    const answeredAt = Date.now();
    expect((await answerRight(auth, codes, question, module.data?.learnerModule.versionId)).errors).toBeUndefined();

    // In the answer's own transaction: the ability rose above the prior, the item has a response, the skill a review card.
    const [mastery] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT skill_code, mean, variance, evidence FROM skill_mastery WHERE user_id = $1`, [advisor.id]));
    expect(mastery).toMatchObject({ skill_code: 'heritage.founding', evidence: 1 });
    expect(mastery.mean).toBeGreaterThan(0);
    expect(mastery.variance).toBeLessThan(2.25);
    // The engine reads the same estimate back, its instant as the ISO text the domain keeps.
    const [entity] = await factory.inMaison(maison.id, (manager) => manager.findBy(SkillMasteryEntity, { userId: advisor.id }));
    expect((await factory.inMaison(maison.id, (manager) => loadEstimates(manager, advisor.id))).get('heritage.founding')).toEqual(toSkillEstimate(entity));
    const [card] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT due_at FROM review_card WHERE user_id = $1`, [advisor.id]));
    expect(new Date(card.due_at).getTime()).toBeGreaterThan(answeredAt);
    const responses = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT r.question_id FROM item_response r JOIN attempt a ON a.id = r.attempt_id WHERE a.user_id = $1`, [advisor.id]));
    expect(responses).toEqual([{ question_id: question.id }]);

    const today = await waitFor(async () => (await graphql<{ todayChallenge: { kind: string; items: Array<{ reason: string; skill: { code: string } }> } | null }>(api.url, TODAY, {}, auth)).data?.todayChallenge, 'the next challenge');
    expect(today.kind).toBe('GAP');
    expect(today.items.length).toBeGreaterThan(0);
    for (const item of today.items) expect(['GAP', 'REVIEW', 'STRETCH', 'HERITAGE']).toContain(item.reason);
    expect(today.items.filter((item) => item.reason === 'HERITAGE')).toHaveLength(1);
  });

  it('judges what the advisor knows in the answer\'s transaction, from the model\'s prediction before it, and the advisor\'s skills and gaps read that judgement', async () => {
    const { maison, advisor, auth, codes } = await anAdvisor();
    const GAPS_AND_SKILLS = `query { myGaps(locale: "en") { skill { code } masteryProbability } mySkills(locale: "en") { skill { code } masteryProbability mastered } }`;
    const before = (await graphql<{ myGaps: Array<{ skill: { code: string } }> }>(api.url, GAPS_AND_SKILLS, {}, auth)).data?.myGaps;
    expect(before?.map((gap) => gap.skill.code)).toEqual(['heritage.founding']);

    const [version] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT qv.question_id AS id, qv.id AS "versionId", qv.difficulty, qv.key FROM question_version qv JOIN question q ON q.id = qv.question_id WHERE q.maison_id = $1 AND q.code = 'q.timeline' AND qv.status = 'PUBLISHED'`, [maison.id]),
    );
    const answeredAt = new Date(Date.now() - 60_000);
    expect((await answerRight(auth, codes, version, undefined, answeredAt)).errors).toBeUndefined();

    const [row] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT mixture, judged FROM learner_judgement WHERE user_id = $1`, [advisor.id]));
    // The mixture moved exactly as the domain moves it from the model's prediction before the answer, on every skill of the maison.
    const item = priorItem(version.difficulty, guessChance(version.key));
    const graph = { order: ['heritage.founding', 'product.calibre'], prerequisites: new Map<string, string[]>(), heritage: new Set(['heritage.founding']) };
    const expected = mixtureAfterAnswer(emptyMixture(), graph, { skills: ['heritage.founding'], guess: item.guess, correct: true, at: answeredAt, modelPrediction: predictSuccess([priorSkill()], item) });
    expect(row.mixture.at).toBe(answeredAt.toISOString());
    expect(row.mixture.logLikelihood.model).toBeCloseTo(expected.logLikelihood.model, 9);
    expect(row.mixture.logLikelihood.mixture).toBeCloseTo(expected.logLikelihood.mixture, 9);
    expected.beliefs['heritage.founding'].forEach((belief, k) => expect(row.mixture.beliefs['heritage.founding'][k]).toBeCloseTo(belief, 5));
    const estimate = (await factory.inMaison(maison.id, (manager) => loadEstimates(manager, advisor.id))).get('heritage.founding');
    const judged = judgedMastery(expected, (code) => masteryProbability(code === 'heritage.founding' && estimate ? estimate : priorSkill()), graph.order);
    expect(Object.keys(row.judged).sort()).toEqual(graph.order);
    for (const code of graph.order) expect(row.judged[code]).toBeCloseTo(judged.get(code) as number, 5);

    // What the advisor reads is the stored judgement, on the line the domain draws.
    const after = (await graphql<{ myGaps: Array<{ skill: { code: string }; masteryProbability: number }>; mySkills: Array<{ skill: { code: string }; masteryProbability: number; mastered: boolean }> }>(api.url, GAPS_AND_SKILLS, {}, auth)).data;
    const founding = row.judged['heritage.founding'];
    expect(after?.mySkills).toEqual([{ skill: { code: 'heritage.founding' }, masteryProbability: founding, mastered: founding >= JUDGED_GAP_LINE }]);
    expect(after?.myGaps).toEqual(founding >= JUDGED_GAP_LINE ? [] : [{ skill: { code: 'heritage.founding' }, masteryProbability: founding }]);
  });

  it('reviews first a skill the model holds mastered without being sure of it, before its review is due, and not one it is sure of', async () => {
    const { maison, advisor } = await anAdvisor();
    const generator = worker.get(ChallengeGenerator);
    const now = new Date();
    const nextDue = new Date(now.getTime() + 30 * 86_400_000);
    // P(mastered) = Φ((mean − 1.2) / σ): Φ(1) ≈ 0.84 for the first, Φ(4) for the second; neither card is due.
    const challengeWith = async (mean: number) => {
      await factory.inMaison(maison.id, async (manager) => {
        await manager.query(`INSERT INTO skill_mastery (user_id, skill_code, maison_id, mean, variance, evidence, estimated_at) VALUES ($1, 'heritage.founding', $2, $3, 0.25, 6, $4) ON CONFLICT (user_id, skill_code) DO UPDATE SET mean = $3`, [advisor.id, maison.id, mean, now]);
        const card = { ...reviewAfterAnswer(null, 1, now, 0.9), due: nextDue.toISOString() };
        await manager.query(`INSERT INTO review_card (user_id, skill_code, maison_id, card, due_at) VALUES ($1, 'heritage.founding', $2, $3, $4) ON CONFLICT (user_id, skill_code) DO NOTHING`, [advisor.id, maison.id, card, nextDue]);
      });
      const [challenge] = await worker.get(TenantDb).run(maison.id, (manager) => generator.next(manager, [advisor.id], now));
      return factory.inMaison(maison.id, (manager) => manager.query(`SELECT reason, skill_code FROM challenge_item WHERE challenge_id = $1 ORDER BY position`, [challenge.id]));
    };
    expect((await challengeWith(1.7))[0]).toEqual({ reason: 'REVIEW', skill_code: 'heritage.founding' });
    expect((await challengeWith(3.2)).filter((item: { reason: string }) => item.reason === 'REVIEW')).toEqual([]);
  });

  it("paces the advisor's reviews on their own: a due review of a mastered skill recalled spaces the next one further, an answer before the due date leaves the pace alone", async () => {
    const { maison, advisor, auth, codes } = await anAdvisor();
    const [question] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId", key FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND skills = ARRAY['heritage.founding'] ORDER BY id LIMIT 1`, [maison.id]),
    );
    // Mastered a while ago, and due for review now.
    const learnt = new Date(Date.now() - 30 * 86_400_000);
    const due = reviewAfterAnswer(null, 1, learnt);
    expect(Date.parse(due.due)).toBeLessThan(Date.now());
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(`INSERT INTO skill_mastery (user_id, skill_code, maison_id, mean, variance, evidence, estimated_at) VALUES ($1, 'heritage.founding', $2, 4, 0.2, 6, $3)`, [advisor.id, maison.id, learnt]);
      await manager.query(`INSERT INTO review_card (user_id, skill_code, maison_id, card, due_at) VALUES ($1, 'heritage.founding', $2, $3, $4)`, [advisor.id, maison.id, due, due.due]);
    });
    const paceAndCard = () =>
      factory.inMaison(maison.id, async (manager) => ({
        pace: (await manager.query(`SELECT scale, reviews FROM review_pace WHERE user_id = $1`, [advisor.id]))[0] ?? null,
        card: (await manager.query(`SELECT card, due_at FROM review_card WHERE user_id = $1 AND skill_code = 'heritage.founding'`, [advisor.id]))[0],
        answeredAt: (await manager.query(`SELECT answered_at FROM attempt WHERE user_id = $1 ORDER BY answered_at DESC LIMIT 1`, [advisor.id]))[0]?.answered_at as Date | undefined,
      }));
    expect((await paceAndCard()).pace).toBeNull();

    expect((await answerRight(auth, codes, question)).errors).toBeUndefined();
    const reviewed = await paceAndCard();
    const scale = paceAfterReview(INITIAL_REVIEW_PACE, { score: 1, guess: guessChance(question.key) }, 0.9).scale;
    expect(scale).toBeGreaterThan(1);
    expect(reviewed.pace).toEqual({ scale: expect.closeTo(scale, 12), reviews: 1 });
    // The next review comes at the advisor's pace: FSRS's interval, stretched.
    const expected = reviewAfterAnswer(due, 1, reviewed.answeredAt as Date, 0.9, scale);
    expect(reviewed.card.card).toEqual(expected);
    expect(new Date(reviewed.card.due_at).toISOString()).toBe(expected.due);
    expect(Date.parse(expected.due)).toBeGreaterThan(Date.parse(reviewAfterAnswer(due, 1, reviewed.answeredAt as Date).due));

    // Asked again before it is due: a gap question or a challenge, not a review; the pace does not move.
    expect((await answerRight(auth, codes, question)).errors).toBeUndefined();
    expect((await paceAndCard()).pace).toEqual(reviewed.pace);
  });

  it('reviews with a right answer the prerequisites it recalled that have a review card, and not with a wrong one', async () => {
    const { maison, advisor, auth, codes } = await anAdvisor();
    // The calibre is built on the founding story (an edge the test program lacks), which was learnt a while ago.
    const learnt = new Date(Date.now() - 20 * 86_400_000);
    const founding = reviewAfterAnswer(null, 1, learnt);
    const calibreQuestions: Array<{ id: string; versionId: string }> = await factory.inMaison(maison.id, async (manager) => {
      await manager.query(
        `INSERT INTO skill_prerequisite (skill_id, prerequisite_id, maison_id)
         SELECT s.id, p.id, s.maison_id FROM skill s JOIN skill p ON p.maison_id = s.maison_id AND p.code = 'heritage.founding' WHERE s.maison_id = $1 AND s.code = 'product.calibre'`,
        [maison.id],
      );
      await manager.query(`INSERT INTO review_card (user_id, skill_code, maison_id, card, due_at) VALUES ($1, 'heritage.founding', $2, $3, $4)`, [advisor.id, maison.id, founding, founding.due]);
      return manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND skills = ARRAY['product.calibre'] ORDER BY id`, [maison.id]);
    });
    expect(calibreQuestions.length).toBeGreaterThanOrEqual(2);
    const cards = async () => {
      const rows: Array<{ skill_code: string; card: ReviewCard; due_at: Date }> = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT skill_code, card, due_at FROM review_card WHERE user_id = $1`, [advisor.id]));
      return new Map(rows.map((row) => [row.skill_code, row]));
    };
    const lastAnswer = async () => (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT answered_at FROM attempt WHERE user_id = $1 ORDER BY answered_at DESC LIMIT 1`, [advisor.id])))[0].answered_at as Date;

    expect((await answerRight(auth, codes, calibreQuestions[0])).errors).toBeUndefined();
    const afterRight = await cards();
    const answeredAt = await lastAnswer();
    const expected = cardsAfterAnswer(new Map([['heritage.founding', founding]]), { skills: ['product.calibre'], score: 1, at: answeredAt }, new Map([['product.calibre', ['heritage.founding']]]), 0.9);
    expect(afterRight.get('heritage.founding')?.card).toEqual(expected.get('heritage.founding'));
    expect(afterRight.get('heritage.founding')?.card.lastReview).toBe(answeredAt.toISOString());
    expect(new Date(afterRight.get('heritage.founding')?.due_at as Date).toISOString()).toBe(expected.get('heritage.founding')?.due);
    expect(Date.parse(expected.get('heritage.founding')?.due as string)).toBeGreaterThan(Date.parse(founding.due));
    expect(afterRight.get('product.calibre')?.card).toEqual(expected.get('product.calibre'));

    // A wrong answer on the calibre does not say the founding story was forgotten: its card stays as it was.
    const wrong = await graphql(
      api.url,
      `mutation ($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "en") { correct } }`,
      { input: { attemptId: randomUUID(), questionId: calibreQuestions[1].id, questionVersionId: calibreQuestions[1].versionId, answer: wrongAnswer(codes.get(calibreQuestions[1].id) as string), timeTakenMs: 3000, answeredAt: new Date().toISOString(), timeZone: 'Europe/Paris' } },
      auth,
    );
    expect(wrong.errors).toBeUndefined();
    const afterWrong = await cards();
    expect(afterWrong.get('heritage.founding')?.card).toEqual(afterRight.get('heritage.founding')?.card);
    expect(afterWrong.get('product.calibre')?.card.lastReview).toBe((await lastAnswer()).toISOString());
  });

  it('remembers when each question was last answered, so that a program too small for fresh questions repeats the one answered longest ago', async () => {
    const { maison, advisor, auth, codes } = await anAdvisor();
    const questions: Array<{ id: string; versionId: string }> = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND skills = ARRAY['heritage.founding'] ORDER BY id LIMIT 2`, [maison.id]),
    );
    expect(questions).toHaveLength(2);
    // The answers are dated up to half an hour back: the content was published before.
    await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE question_version SET published_at = published_at - interval '1 hour' WHERE maison_id = $1 AND published_at IS NOT NULL`, [maison.id]));
    const [first, second] = questions;
    const now = Math.floor(Date.now() / 1000) * 1000;
    const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000);
    for (const [question, at] of [[first, minutesAgo(30)], [second, minutesAgo(20)], [first, minutesAgo(10)]] as const) {
      expect((await answerRight(auth, codes, question, undefined, at)).errors).toBeUndefined();
    }
    const context = await factory.inMaison(maison.id, (manager) => loadLearnerContext(manager, advisor.id, new Date()));
    expect(context.recentlySeen).toEqual(new Map([[first.id, minutesAgo(10)], [second.id, minutesAgo(20)]]));
  });

  it("counts a challenge's XP from the answers to its items given since it was generated, and only for its advisor", async () => {
    const { maison, boutique, advisor, auth, codes } = await anAdvisor();
    const [first] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND 'heritage.founding' = ANY(skills) ORDER BY id LIMIT 1`, [maison.id]),
    );
    await answerRight(auth, codes, first);
    const challenge = await waitFor(
      async () => (await graphql<{ todayChallenge: { id: string; items: Array<{ question: { id: string; versionId: string } }> } | null }>(api.url, TODAY, {}, auth)).data?.todayChallenge,
      'the next challenge',
    );
    await settled(maison.id);
    const xpOf = async (challengeId: string, as = auth) =>
      graphql<{ myChallengeXp: { xp: number; events: number; awarded: number } }>(api.url, `query ($id: ID!) { myChallengeXp(challengeId: $id) { xp events awarded } }`, { id: challengeId }, as);
    expect((await xpOf(challenge.id)).data?.myChallengeXp).toEqual({ xp: 0, events: 0, awarded: 0 });

    for (const item of challenge.items) await answerRight(auth, codes, item.question);
    await settled(maison.id);
    const ledger: Array<{ source_key: string; amount: number }> = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT source_key, amount FROM xp_event WHERE user_id = $1`, [advisor.id]));
    const total = ledger.reduce((sum, row) => sum + row.amount, 0);
    const [{ xp }] = await factory.inMaison(maison.id, (manager) =>
      manager.query(
        `SELECT COALESCE(SUM(x.amount), 0)::int AS xp FROM attempt a JOIN xp_event x ON x.source_key = 'attempt:' || a.id
         WHERE a.user_id = $1 AND a.question_id = ANY($2::uuid[]) AND a.created_at >= (SELECT generated_at FROM challenge WHERE id = $3)`,
        [advisor.id, challenge.items.map((item) => item.question.id), challenge.id],
      ),
    );
    expect(xp).toBeGreaterThan(0);
    // The answer that came before the challenge earned XP too, but not for it.
    expect(xp).toBeLessThan(total);
    expect((await xpOf(challenge.id)).data?.myChallengeXp).toEqual({ xp, events: challenge.items.length, awarded: challenge.items.length });

    const colleague = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const colleagueAuth = await login(api.url, colleague.email, colleague.password);
    expect((await xpOf(challenge.id, colleagueAuth)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await xpOf('not-a-challenge')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('folds a burst of answers into few generations, the last one seeing every answer', async () => {
    const { maison, advisor, auth, codes } = await anAdvisor();
    const questions: Array<{ id: string; versionId: string }> = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND 'heritage.founding' = ANY(skills)`, [maison.id]),
    );
    const burst = Array.from({ length: 12 }, (_, i) => questions[i % questions.length]);
    await Promise.all(burst.map((question) => answerRight(auth, codes, question)));
    const lastAnswer = await factory.inMaison(maison.id, async (manager) => (await manager.query(`SELECT max(created_at) AS at FROM attempt WHERE user_id = $1`, [advisor.id]))[0].at as Date);
    await settled(maison.id);
    const challenges: Array<{ generated_at: Date; superseded_at: Date | null }> = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT generated_at, superseded_at FROM challenge WHERE user_id = $1 AND kind = 'GAP' ORDER BY generated_at`, [advisor.id]));
    expect(challenges.length).toBeGreaterThan(0);
    expect(challenges.length).toBeLessThan(burst.length);
    const open = challenges.filter((challenge) => challenge.superseded_at === null);
    expect(open).toHaveLength(1);
    expect(open[0].generated_at.getTime()).toBeGreaterThanOrEqual(lastAnswer.getTime());
    const [{ evidence }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT evidence FROM skill_mastery WHERE user_id = $1 AND skill_code = 'heritage.founding'`, [advisor.id]));
    expect(evidence).toBe(burst.length);
  });

  it('builds in one transaction for several advisors the very challenge each would get alone', async () => {
    const { maison, boutique, advisor, auth, codes } = await anAdvisor();
    const newcomer = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ONBOARDING', current_date FROM program WHERE maison_id = $1`, [maison.id, newcomer.id]));
    const questions: Array<{ id: string; versionId: string }> = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND 'heritage.founding' = ANY(skills) ORDER BY id LIMIT 3`, [maison.id]),
    );
    for (const question of questions) await answerRight(auth, codes, question);
    await settled(maison.id);

    const db = worker.get(TenantDb);
    const generator = worker.get(ChallengeGenerator);
    const itemsOf = (challengeId: string) =>
      factory.inMaison(maison.id, (manager) => manager.query(`SELECT position, question_id, skill_code, reason, predicted_success FROM challenge_item WHERE challenge_id = $1 ORDER BY position`, [challengeId]));
    const now = new Date();
    const together = await db.run(maison.id, (manager) => generator.next(manager, [advisor.id, newcomer.id], now));
    expect(together.map((challenge) => challenge.userId).sort()).toEqual([advisor.id, newcomer.id].sort());
    const batched = new Map(await Promise.all(together.map(async (challenge) => [challenge.userId, await itemsOf(challenge.id)] as const)));
    // Their histories differ, and so do their challenges.
    expect(batched.get(advisor.id)).not.toEqual(batched.get(newcomer.id));
    for (const userId of [advisor.id, newcomer.id]) {
      const [alone] = await db.run(maison.id, (manager) => generator.next(manager, [userId], now));
      expect(await itemsOf(alone.id)).toEqual(batched.get(userId));
    }
    // Each advisor has one challenge on offer: the newest.
    const open = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT user_id, count(*)::int AS count FROM challenge WHERE maison_id = $1 AND kind = 'GAP' AND superseded_at IS NULL GROUP BY user_id`, [maison.id]));
    expect(open).toHaveLength(2);
    for (const row of open) expect(row.count).toBe(1);
  });

  /** The DAILY challenges of a maison: advisor and local date. */
  const dailies = (maisonId: string): Promise<Array<{ user_id: string; local_date: string }>> =>
    factory.inMaison(maisonId, (manager) => manager.query(`SELECT user_id, local_date::text FROM challenge WHERE maison_id = $1 AND kind = 'DAILY' ORDER BY user_id`, [maisonId]));

  it('fans DAILY challenges out to every advisor for their own local date, joined today included, once, even when a batch crashes half-way', async () => {
    const { maison, boutique, advisor: first } = await anAdvisor('Asia/Tokyo');
    const zones = ['Asia/Tokyo', 'Asia/Tokyo', 'Asia/Tokyo', 'Europe/Paris', 'America/New_York'];
    const advisors = [{ ...first, zone: 'Asia/Tokyo' }];
    for (const zone of zones) {
      const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
      await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE app_user SET timezone = $2 WHERE id = $1`, [advisor.id, zone]));
      advisors.push({ ...advisor, zone });
    }
    await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, u.id, p.id, 'ONBOARDING', current_date FROM app_user u, program p WHERE u.maison_id = $1 AND p.maison_id = $1 ON CONFLICT DO NOTHING`, [maison.id]));
    // 20:00 UTC on 23 November: 05:00 on the 24th in Tokyo, 21:00 on the 23rd in Paris, 15:00 in New York.
    const now = new Date(Date.UTC(2026, 10, 23, 20, 0));
    const localDates = { 'Asia/Tokyo': '2026-11-24', 'Europe/Paris': '2026-11-23', 'America/New_York': '2026-11-23' } as Record<string, string>;
    const daily = worker.get(DailyChallenges);
    const generator = worker.get(ChallengeGenerator);

    // The first batch run is lost after writing its challenges, before it commits (as a killed worker would): its
    // transaction rolls back and BullMQ runs the job again.
    const original = generator.daily.bind(generator);
    const ours = advisors[0].id;
    let runs = 0;
    let lostWrites = 0;
    const crash = jest.spyOn(generator, 'daily').mockImplementation(async (manager, userIds, at) => {
      const written = await original(manager, userIds, at);
      if (!userIds.includes(ours)) return written;
      runs += 1;
      if (runs === 1) {
        lostWrites = written.length;
        throw new Error('worker lost mid-batch');
      }
      return written;
    });
    try {
      await daily.fanOut(now, [maison.id]);
      // A repeated tick while the batches wait adds the same jobs again: BullMQ keeps one of each.
      await daily.fanOut(now, [maison.id]);
      const mine = await waitFor(async () => {
        const rows = await dailies(maison.id);
        return rows.length >= advisors.length && runs > 1 ? rows : null;
      }, 'the DAILY challenges', 25_000);
      expect(mine).toEqual(advisors.map((advisor) => ({ user_id: advisor.id, local_date: localDates[advisor.zone] })).sort((a, b) => a.user_id.localeCompare(b.user_id)));
      expect(lostWrites).toBe(advisors.length);
    } finally {
      crash.mockRestore();
    }
    // Once a day: a later tick finds every advisor served and generates nothing more.
    await daily.fanOut(new Date(now.getTime() + 15 * 60_000), [maison.id]);
    await settled(maison.id);
    expect(await dailies(maison.id)).toHaveLength(advisors.length);
  }, 40_000);

  it('serves the rest of a DAILY batch when one advisor’s challenge cannot be built, then fails the job for that one', async () => {
    const { maison, boutique, advisor } = await anAdvisor('Asia/Tokyo');
    const others = await Promise.all([0, 1].map(() => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id })));
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(`UPDATE app_user SET timezone = 'Asia/Tokyo' WHERE id = ANY($1::uuid[])`, [others.map((other) => other.id)]);
      await manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, u, p.id, 'ONBOARDING', current_date FROM program p, unnest($2::uuid[]) u WHERE p.maison_id = $1`, [maison.id, others.map((other) => other.id)]);
    });
    const generator = worker.get(ChallengeGenerator);
    const original = generator.daily.bind(generator);
    const broken = jest.spyOn(generator, 'daily').mockImplementation((manager, userIds, at) => (userIds.includes(advisor.id) ? Promise.reject(new Error('unreadable state')) : original(manager, userIds, at)));
    try {
      const noon = new Date(Date.UTC(2026, 11, 3, 3, 0));
      await expect(worker.get(DailyChallenges).generateBatch(maison.id, [advisor.id, ...others.map((other) => other.id)], noon)).rejects.toThrow(/failed for 1 of 3 advisors/);
    } finally {
      broken.mockRestore();
    }
    expect((await dailies(maison.id)).map((row: { user_id: string }) => row.user_id)).toEqual(others.map((other) => other.id).sort());
  });

  it('serves at the next tick an advisor the night missed (the worker was down) and one who joined during the day', async () => {
    const { maison, boutique, advisor } = await anAdvisor('Asia/Tokyo');
    const daily = worker.get(DailyChallenges);
    // 03:00 UTC on 3 December: noon in Tokyo, and no DAILY yet for the 3rd.
    const noon = new Date(Date.UTC(2026, 11, 3, 3, 0));
    await daily.fanOut(noon, [maison.id]);
    expect(await waitFor(async () => ((await dailies(maison.id)).length ? dailies(maison.id) : null), 'the DAILY missed at night')).toEqual([{ user_id: advisor.id, local_date: '2026-12-03' }]);
    const newcomer = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(`UPDATE app_user SET timezone = 'Asia/Tokyo' WHERE id = $1`, [newcomer.id]);
      await manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ONBOARDING', current_date FROM program WHERE maison_id = $1`, [maison.id, newcomer.id]);
    });
    await daily.fanOut(new Date(noon.getTime() + 15 * 60_000), [maison.id]);
    const served = await waitFor(async () => ((await dailies(maison.id)).length === 2 ? dailies(maison.id) : null), 'the DAILY of the advisor who joined at noon');
    expect(served).toEqual([advisor.id, newcomer.id].sort().map((id) => ({ user_id: id, local_date: '2026-12-03' })));
  });

  it('serves an advisor whose time zone Postgres does not know, and one maison failing leaves the others served', async () => {
    // Node accepts this old alias (tz database removed it in 2020); Postgres refuses it in AT TIME ZONE.
    const legacy = await anAdvisor('US/Pacific-New');
    const failing = await anAdvisor('America/Los_Angeles');
    const daily = worker.get(DailyChallenges);
    const find = (DailyChallenges.prototype as unknown as { advisorsAwaitingDaily: (manager: unknown, now: Date) => Promise<string[]> }).advisorsAwaitingDaily;
    const broken = jest.spyOn(DailyChallenges.prototype as unknown as { advisorsAwaitingDaily: typeof find }, 'advisorsAwaitingDaily').mockImplementation(async function (this: DailyChallenges, manager: unknown, now: Date) {
      const found = await find.call(this, manager, now);
      if (found.includes(failing.advisor.id)) throw new Error('maison unreadable');
      return found;
    });
    // 10:00 UTC on 1 December: 02:00 in California.
    const now = new Date(Date.UTC(2026, 11, 1, 10, 0));
    try {
      await expect(daily.fanOut(now, [legacy.maison.id, failing.maison.id])).rejects.toThrow(/failed for 1 of 2 maisons/);
    } finally {
      broken.mockRestore();
    }
    const served = await waitFor(async () => ((await dailies(legacy.maison.id)).length ? dailies(legacy.maison.id) : null), 'the DAILY of the advisor in US/Pacific-New');
    expect(served).toEqual([{ user_id: legacy.advisor.id, local_date: '2026-12-01' }]);
    expect(await dailies(failing.maison.id)).toEqual([]);
    // The retried tick serves the maison that failed.
    await daily.fanOut(now, [legacy.maison.id, failing.maison.id]);
    expect(await waitFor(async () => ((await dailies(failing.maison.id)).length ? dailies(failing.maison.id) : null), 'the DAILY of the maison that failed')).toEqual([{ user_id: failing.advisor.id, local_date: '2026-12-01' }]);
  }, 40_000);

  it('enqueues again at the next quarter hour the advisors a batch could not serve, and still gives each one DAILY', async () => {
    const { maison, advisor } = await anAdvisor('Asia/Tokyo');
    const daily = worker.get(DailyChallenges);
    const generator = worker.get(ChallengeGenerator);
    const original = generator.daily.bind(generator);
    const refusing = jest.spyOn(generator, 'daily').mockImplementation(async (manager, userIds, at) => {
      if (userIds.includes(advisor.id)) throw new Error('database unavailable');
      return original(manager, userIds, at);
    });
    const batchesOf = async () => (await queue.getJobs(['waiting', 'delayed', 'active', 'failed', 'completed', 'prioritized'])).filter((job) => job?.name === 'challenge.daily.batch' && job.data.userIds.includes(advisor.id)).map((job) => job.id);
    // 19:00 UTC on 2 December: 04:00 on the 3rd in Tokyo.
    const now = new Date(Date.UTC(2026, 11, 2, 19, 0));
    try {
      await daily.fanOut(now, [maison.id]);
      await daily.fanOut(new Date(now.getTime() + 60_000), [maison.id]); // the same quarter hour: nothing added
      expect(await batchesOf()).toHaveLength(1);
      await daily.fanOut(new Date(now.getTime() + 15 * 60_000), [maison.id]); // the next one: the unserved advisor again
      expect(new Set(await batchesOf()).size).toBe(2);
    } finally {
      refusing.mockRestore();
    }
    // Both batches are retried once the database answers again: the first serves the advisor, the second skips them.
    await waitFor(async () => ((await dailies(maison.id)).length ? true : null), 'the DAILY once the database answers');
    await waitFor(async () => {
      const jobs = (await queue.getJobs(['completed'])).filter((job) => job?.name === 'challenge.daily.batch' && job.data.userIds.includes(advisor.id));
      return jobs.length === 2 ? jobs : null;
    }, 'both batches completed');
    expect(await dailies(maison.id)).toEqual([{ user_id: advisor.id, local_date: '2026-12-03' }]);
  }, 40_000);

  it("gives each item of today's challenge the outcome of its first answer, so a sitting resumed later can count them all", async () => {
    const { maison, advisor, auth, codes } = await anAdvisor();
    await worker.get(DailyChallenges).generateBatch(maison.id, [advisor.id], new Date());
    type Today = { todayChallenge: { id: string; kind: string; items: Array<{ answered: boolean; correct: boolean | null; question: { id: string; versionId: string } }> } | null };
    const read = async () => (await graphql<Today>(api.url, `query { todayChallenge(locale: "en") { id kind items { answered correct question { id versionId } } } }`, {}, auth)).data?.todayChallenge;
    const daily = await read();
    expect(daily?.kind).toBe('DAILY');
    expect(daily?.items.map((item) => [item.answered, item.correct])).toEqual(daily?.items.map(() => [false, null]));
    const [right, wrong] = daily?.items.map((item) => item.question) ?? [];
    const answer = (question: { id: string; versionId: string }, given: unknown) =>
      graphql(
        api.url,
        `mutation ($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "en") { correct } }`,
        { input: { attemptId: randomUUID(), questionId: question.id, questionVersionId: question.versionId, answer: given, timeTakenMs: 3000, answeredAt: new Date().toISOString(), timeZone: 'Europe/Paris' } },
        auth,
      );
    await answer(right, rightAnswer(codes.get(right.id) as string));
    await answer(wrong, wrongAnswer(codes.get(wrong.id) as string));
    // Answered again, right this time: the first answer is the one that counts.
    await answer(wrong, rightAnswer(codes.get(wrong.id) as string));

    const resumed = await read();
    expect(resumed?.id).toBe(daily?.id);
    expect(resumed?.items.map((item) => [item.answered, item.correct])).toEqual(daily?.items.map((_, i) => (i === 0 ? [true, true] : i === 1 ? [true, false] : [false, null])));
  });

  it('offers no challenge whose every question was archived since it was built', async () => {
    const { maison, advisor, auth } = await anAdvisor();
    await worker.get(DailyChallenges).generateBatch(maison.id, [advisor.id], new Date());
    const today = (await graphql<{ todayChallenge: { kind: string; items: Array<{ question: { id: string } }> } | null }>(api.url, TODAY, {}, auth)).data?.todayChallenge;
    expect(today?.kind).toBe('DAILY');
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const authorAuth = await login(api.url, author.email, author.password);
    for (const id of new Set(today?.items.map((item) => item.question.id))) {
      const archived = await graphql(api.url, `mutation ($id: ID!) { reviewQuestion(input: { questionId: $id, action: ARCHIVE }) { id } }`, { id }, authorAuth);
      expect(archived.errors).toBeUndefined();
    }
    expect((await graphql(api.url, TODAY, {}, auth)).data?.todayChallenge).toBeNull();
  });

  it('re-estimates item difficulty at night from every response', async () => {
    const { maison, auth, codes } = await anAdvisor();
    const [question] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId", difficulty, key FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND 'heritage.founding' = ANY(skills) LIMIT 1`, [maison.id]),
    );
    await answerRight(auth, codes, question);
    const before = (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT difficulty, calibrated_at FROM item_calibration WHERE question_id = $1`, [question.id])))[0];
    expect(before.calibrated_at).toBeNull();
    const calibrated = await worker.get(ItemCalibration).calibrateMaison(maison.id, new Date());
    expect(calibrated).toBe(1);
    const after = (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT difficulty, responses, calibrated_at FROM item_calibration WHERE question_id = $1`, [question.id])))[0];
    expect(after.calibrated_at).not.toBeNull();
    expect(after.responses).toBe(1);
    // A right answer from an advisor of average ability makes the item look easier than the author's prior.
    expect(after.difficulty).toBeLessThan(priorItem(question.difficulty, guessChance(question.key)).difficulty);
  });

  it('calibrates every maison whose run succeeds when one fails, then fails the night’s job so that it is retried', async () => {
    const advisors = [await anAdvisor(), await anAdvisor()];
    for (const { maison, auth, codes } of advisors) {
      const [question] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' LIMIT 1`, [maison.id]));
      await answerRight(auth, codes, question);
    }
    // The first maison in the order they are served fails: the second is still calibrated.
    const [failing, served] = advisors.map((advisor) => advisor.maison.id).sort();
    const calibration = worker.get(ItemCalibration);
    const original = calibration.calibrateMaison.bind(calibration);
    const broken = jest.spyOn(calibration, 'calibrateMaison').mockImplementation((maisonId, at, chunk) => (maisonId === failing ? Promise.reject(new Error('maison unreadable')) : original(maisonId, at, chunk)));
    try {
      await expect(calibration.calibrateAll(new Date(), [failing, served])).rejects.toThrow(/failed for 1 of 2 maisons/);
    } finally {
      broken.mockRestore();
    }
    const calibratedAt = (maisonId: string) => factory.inMaison(maisonId, (manager) => manager.query(`SELECT calibrated_at FROM item_calibration WHERE maison_id = $1 AND responses > 0`, [maisonId]));
    expect(await calibratedAt(served)).toEqual([{ calibrated_at: expect.any(Date) }]);
    expect(await calibratedAt(failing)).toEqual([{ calibrated_at: null }]);
  });

  it('re-estimates an item on the answers to its published key only: answers given while the key was wrong are left out', async () => {
    const { maison, auth, codes } = await anAdvisor();
    const [question]: Array<{ id: string; versionId: string; difficulty: number }> = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND type = 'SINGLE_CHOICE' ORDER BY question_id LIMIT 1`, [maison.id]),
    );
    for (let i = 0; i < 3; i++) expect((await answerRight(auth, codes, question)).errors).toBeUndefined();
    const calibration = worker.get(ItemCalibration);
    const calibrated = () => factory.inMaison(maison.id, async (manager) => (await manager.query(`SELECT responses FROM item_calibration WHERE question_id = $1`, [question.id]))[0] as { responses: number });
    await calibration.calibrateMaison(maison.id, new Date());
    expect(await calibrated()).toEqual({ responses: 3 });

    // An author rewords the question (the same key): its answers still count.
    const publishVersion = (key: string) =>
      factory.inMaison(maison.id, async (manager) => {
        const [[current]] = await manager.query(`UPDATE question_version SET status = 'ARCHIVED' WHERE question_id = $1 AND status = 'PUBLISHED' RETURNING version, key`, [question.id]);
        await manager.query(
          `INSERT INTO question_version (maison_id, question_id, version, status, last_editor_id, published_at, type, difficulty, skills, key, presentation)
           SELECT maison_id, question_id, $2, 'PUBLISHED', last_editor_id, now(), type, difficulty, skills, ${key}, presentation FROM question_version WHERE question_id = $1 AND version = $3`,
          [question.id, current.version + 1, current.version],
        );
      });
    await publishVersion('key');
    await calibration.calibrateMaison(maison.id, new Date());
    expect(await calibrated()).toEqual({ responses: 3 });
    // Then corrects its key (the right option was another): the answers to the old key say nothing of the item now.
    await publishVersion(`jsonb_set(key, '{options}', (SELECT jsonb_agg(jsonb_set(o, '{correct}', to_jsonb(NOT (o->>'correct')::boolean))) FROM jsonb_array_elements(key->'options') o))`);
    await calibration.calibrateMaison(maison.id, new Date());
    expect(await calibrated()).toEqual({ responses: 0 });
  });

  it('re-estimates a maison’s items a short chunk at a time, to the same estimates as all at once, and again for an item an answer changed meanwhile', async () => {
    const { maison, auth, codes } = await anAdvisor();
    const questions: Array<{ id: string; versionId: string }> = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' ORDER BY question_id`, [maison.id]),
    );
    for (const question of questions.slice(0, 4)) await answerRight(auth, codes, question);
    const estimates = () => factory.inMaison(maison.id, (manager) => manager.query(`SELECT question_id, difficulty, variance, responses FROM item_calibration WHERE maison_id = $1 ORDER BY question_id`, [maison.id]));
    const calibration = worker.get(ItemCalibration);
    const at = new Date();
    expect(await calibration.calibrateMaison(maison.id, at)).toBe(4);
    const whole = await estimates();
    expect(await calibration.calibrateMaison(maison.id, at, 1)).toBe(4);
    expect(await estimates()).toEqual(whole);

    // A response changed while the night's run waits for its item (an answer holds it, and moves the item's row as
    // its online step does) is read once the answer commits: the night writes what every response says, not what
    // they said before.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const answer = factory.inMaison(maison.id, async (manager) => {
      await manager.query(`UPDATE item_calibration SET difficulty = difficulty + 0.1 WHERE question_id = $1`, [questions[0].id]);
      await manager.query(`UPDATE item_response SET score = 0 WHERE question_id = $1`, [questions[0].id]);
      locked();
      await held;
    });
    await isLocked;
    let settled = false;
    const night = calibration.calibrateMaison(maison.id, at).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    release();
    await answer;
    expect(await night).toBe(4);
    const written = await estimates();
    await calibration.calibrateMaison(maison.id, at);
    expect(await estimates()).toEqual(written);
    expect(written).not.toEqual(whole);
  });

  it('lets answers take an item while the night reads its responses', async () => {
    const { maison, auth, codes } = await anAdvisor();
    const [question]: Array<{ id: string; versionId: string }> = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' ORDER BY question_id LIMIT 1`, [maison.id]),
    );
    await answerRight(auth, codes, question);
    const calibration = worker.get(ItemCalibration);
    const difficulty = async () => (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT difficulty FROM item_calibration WHERE question_id = $1`, [question.id])))[0].difficulty as number;

    // The night's read of the responses is held up (a slow read, as on a large maison's most answered items)...
    const releaseRead = await holdLock(factory, maison.id, (manager) => manager.query(`LOCK TABLE attempt IN ACCESS EXCLUSIVE MODE`));
    const night = calibration.calibrateMaison(maison.id, new Date());
    await waitsBehind(releaseRead, night);
    // ...while an answer's transaction takes the item, moves its online estimate and changes what its responses say.
    const answer = factory.inMaison(maison.id, async (manager) => {
      await manager.query(`UPDATE item_calibration SET difficulty = difficulty + 0.1 WHERE question_id = $1`, [question.id]);
      await manager.query(`UPDATE item_response SET score = 0 WHERE question_id = $1`, [question.id]);
    });
    expect(await settlesWithin(answer, 2_000)).toBe(true);
    await releaseRead();
    expect(await night).toBe(1);
    // The night wrote what every response says now, as a run started afterwards does.
    const written = await difficulty();
    await calibration.calibrateMaison(maison.id, new Date());
    expect(await difficulty()).toBe(written);
  });

  it('awards a SKILLS_MASTERED badge once the learner model counts the skill as mastered', async () => {
    const { maison, advisor, auth, codes } = await anAdvisor();
    await factory.inMaison(maison.id, (manager) =>
      manager.query(`INSERT INTO badge_definition (maison_id, code, criteria, name, description) VALUES ($1, 'heritage-keeper', '{"kind": "SKILLS_MASTERED", "category": "HERITAGE", "count": 1}', '{"en": "Heritage keeper"}', '{"en": "A heritage skill mastered"}')`, [maison.id]),
    );
    const questions: Array<{ id: string; versionId: string }> = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT question_id AS id, id AS "versionId" FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND 'heritage.founding' = ANY(skills) ORDER BY id`, [maison.id]),
    );
    const awarded = async () => (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT badge_code FROM badge_award WHERE user_id = $1`, [advisor.id]))).map((row: { badge_code: string }) => row.badge_code);
    for (const question of questions) {
      await answerRight(auth, codes, question);
      // Not before the model counts the skill as mastered.
      const mastered = (await graphql<{ mySkills: Array<{ mastered: boolean }> }>(api.url, `query { mySkills(locale: "en") { mastered } }`, {}, auth)).data?.mySkills[0].mastered;
      if (!mastered) expect(await awarded()).not.toContain('heritage-keeper');
    }
    expect((await graphql<{ mySkills: Array<{ mastered: boolean }> }>(api.url, `query { mySkills(locale: "en") { mastered } }`, {}, auth)).data?.mySkills[0].mastered).toBe(true);
    await waitFor(async () => (await awarded()).includes('heritage-keeper'), 'the heritage-keeper badge');
  });
});
