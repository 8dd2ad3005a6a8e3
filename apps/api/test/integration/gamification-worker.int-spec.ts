import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DEFAULT_BADGES, xpForAnswer, type Difficulty } from '@savoir/domain';
import { GamificationLedger } from '../../src/modules/gamification/gamification-ledger.service';
import { GamificationService } from '../../src/modules/gamification/gamification.service';
import { AnswersService } from '../../src/modules/learning/answers.service';
import { importLearningProgram, rightAnswer, wrongAnswer } from '../factories/learning-content';
import type { TenantFactory } from '../factories/tenant.factory';
import { graphql, login } from '../utils/graphql-client';
import { withRunningWorker } from '../utils/api-suite';
import type { RunningApi } from '../utils/test-app';
import { workerSettled } from '../utils/worker-settled';

const GAMIFICATION = `query { myGamification(locale: "fr") { totalXp xpToday level { key progress } streak { current longest activeToday atRisk } badges { code name earned current target } leaderboardOptIn } }`;

/** Answers through the API, XP, streaks and badges through the real worker (outbox relay + BullMQ). */
describe('gamification through the worker', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let factory: TenantFactory;
  let queue: Queue;

  withRunningWorker('gamification', (started) => ({ api, worker, factory, queue } = started));

  async function aMaison() {
    const tenant = await factory.newMaison();
    await importLearningProgram(api.url, factory, tenant.maison.id);
    await factory.inMaison(tenant.maison.id, (manager) =>
      manager.query(`INSERT INTO badge_definition (maison_id, code, criteria, name, description) SELECT $1, b->>'code', b->'criteria', jsonb_build_object('en', b->>'code', 'fr', 'Badge ' || (b->>'code')), '{"en": "How"}' FROM jsonb_array_elements($2::jsonb) b`, [
        tenant.maison.id,
        JSON.stringify(DEFAULT_BADGES),
      ]),
    );
    const codes = new Map<string, string>(
      (await factory.inMaison(tenant.maison.id, (manager) => manager.query(`SELECT id, code FROM question WHERE maison_id = $1`, [tenant.maison.id]))).map((row: { id: string; code: string }) => [row.id, row.code]),
    );
    return { ...tenant, codes };
  }

  const settled = (maisonId: string) => workerSettled(factory, maisonId, queue);

  it('awards XP, a streak and a first badge once a challenge is completed, and exports the badge as an Open Badges credential', async () => {
    const { maison, boutique, codes } = await aMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await factory.inMaison(maison.id, (manager) => manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ONBOARDING', '2026-10-01' FROM program WHERE maison_id = $1`, [maison.id, advisor.id]));
    const auth = await login(api.url, advisor.email, advisor.password);
    const before = await graphql<{ myGamification: Record<string, unknown> }>(api.url, GAMIFICATION, {}, auth);
    expect(before.data?.myGamification).toMatchObject({ totalXp: 0, level: { key: 'APPRENTICE' }, streak: { current: 0 }, leaderboardOptIn: false });

    const enrolments = await graphql<{ myEnrolments: Array<{ steps: Array<{ moduleId: string; code: string }> }> }>(api.url, `query { myEnrolments(locale: "en") { steps { moduleId code } } }`, {}, auth);
    const challengeId = enrolments.data?.myEnrolments[0].steps.find((step) => step.code === 'heritage.challenge')?.moduleId;
    const module = await graphql<{ learnerModule: { versionId: string; questions: Array<{ id: string; versionId: string }> } }>(api.url, `query ($id: ID!) { learnerModule(id: $id, locale: "en") { versionId questions { id versionId } } }`, { id: challengeId }, auth);
    const { versionId, questions } = module.data?.learnerModule ?? { versionId: '', questions: [] };
    for (const question of questions) {
      const answered = await graphql(
        api.url,
        `mutation ($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "en") { correct } }`,
        { input: { attemptId: randomUUID(), questionId: question.id, questionVersionId: question.versionId, moduleVersionId: versionId, answer: rightAnswer(codes.get(question.id) as string), timeTakenMs: 6000, answeredAt: new Date().toISOString(), timeZone: 'Asia/Tokyo' } },
        auth,
      );
      expect(answered.errors).toBeUndefined();
    }
    await settled(maison.id);

    const ledger = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT source_key, amount, reasons FROM xp_event WHERE user_id = $1 ORDER BY source_key`, [advisor.id]));
    // Two first-try right answers (difficulty 2: 12 + 5; difficulty 3: 15 + 5), then the challenge (completion + perfect).
    expect(ledger.map((row: { source_key: string; amount: number }) => `${row.source_key.split(':')[0]} ${row.amount}`).sort()).toEqual(['attempt 17', 'attempt 20', expect.stringMatching(/^module \d+$/)]);
    const total = ledger.reduce((sum: number, row: { amount: number }) => sum + row.amount, 0);
    const after = await graphql<{ myGamification: { totalXp: number; xpToday: number; streak: Record<string, unknown>; badges: Array<{ code: string; name: string; earned: boolean }> } }>(api.url, GAMIFICATION, {}, auth);
    expect(after.data?.myGamification).toMatchObject({ totalXp: total, xpToday: total, streak: { current: 1, longest: 1, activeToday: true, atRisk: false } });
    // What the module earned is its own ledger rows: another module of the program has earned nothing.
    const otherId = enrolments.data?.myEnrolments[0].steps.find((step) => step.moduleId !== challengeId)?.moduleId;
    // Its two answers and its completion, all awarded: its XP is final.
    const moduleXp = await graphql<{ challenge: unknown; other: unknown }>(
      api.url,
      `query ($challenge: ID!, $other: ID!) { challenge: myModuleXp(moduleId: $challenge) { xp events awarded } other: myModuleXp(moduleId: $other) { xp events awarded } }`,
      { challenge: challengeId, other: otherId },
      auth,
    );
    expect(moduleXp.data).toEqual({ challenge: { xp: total, events: 3, awarded: 3 }, other: { xp: 0, events: 0, awarded: 0 } });
    expect((await graphql(api.url, `query { myModuleXp(moduleId: "not-a-module") { xp } }`, {}, auth)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(after.data?.myGamification.badges[0]).toMatchObject({ code: 'first-steps', name: 'Badge first-steps', earned: true });
    expect(after.data?.myGamification.badges.filter((badge) => badge.earned)).toHaveLength(1);

    const credential = await graphql<{ badgeCredential: { json: string } }>(api.url, `query { badgeCredential(code: "first-steps", locale: "fr") { json } }`, {}, auth);
    const document = JSON.parse(credential.data?.badgeCredential.json ?? '{}');
    expect(document).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'], credentialSubject: { id: `urn:uuid:${advisor.id}`, achievement: { name: 'Badge first-steps' } } });
    expect(JSON.stringify(document)).not.toContain(advisor.email);
    expect((await graphql(api.url, `query { badgeCredential(code: "seven-days", locale: "fr") { json } }`, {}, auth)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows leaderboards only to those who opted in, with opted-in colleagues only; the team quest to everyone, in a boutique of five advisors or more', async () => {
    const { maison, boutique } = await aMaison();
    const advisors = await Promise.all(['Alma', 'Basile', 'Céleste', 'Dorian', 'Eloïse'].map((displayName) => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName })));
    const xpThisWeek = [300, 250, 200, 150, 100];
    await factory.inMaison(maison.id, async (manager) => {
      for (const [i, advisor] of advisors.entries()) {
        await manager.query(`INSERT INTO xp_event (maison_id, user_id, source_key, amount, reasons, occurred_at) VALUES ($1, $2, $3, $4, '[]', now())`, [maison.id, advisor.id, `test:${i}`, xpThisWeek[i]]);
      }
      // Last week's XP counts for no board or quest of this one.
      await manager.query(`INSERT INTO xp_event (maison_id, user_id, source_key, amount, reasons, occurred_at) VALUES ($1, $2, 'test:last-week', 999, '[]', now() - interval '8 days')`, [maison.id, advisors[3].id]);
      // Alma, Céleste and Eloïse opted in; Basile opted in and then out; Dorian never did.
      for (const [i, granted] of [[0, true], [2, true], [4, true], [1, true], [1, false]] as const) {
        await manager.query(`INSERT INTO consent_record (maison_id, user_id, purpose, granted, recorded_at) VALUES ($1, $2, 'LEADERBOARD', $3, now() + ($4 || ' ms')::interval)`, [maison.id, advisors[i].id, granted, String(i)]);
      }
    });
    const BOARD = `query { leaderboard(scope: BOUTIQUE) { optedIn viewerRank total rows { rank displayName xp isViewer } } }`;
    const dorian = await login(api.url, advisors[3].email, advisors[3].password);
    expect((await graphql(api.url, BOARD, {}, dorian)).data).toEqual({ leaderboard: { optedIn: false, viewerRank: null, total: 0, rows: [] } });

    const celeste = await login(api.url, advisors[2].email, advisors[2].password);
    const board = await graphql<{ leaderboard: { rows: Array<{ displayName: string }> } }>(api.url, BOARD, {}, celeste);
    expect(board.data?.leaderboard).toMatchObject({ optedIn: true, viewerRank: 2, total: 3 });
    const names = board.data?.leaderboard.rows.map((row) => row.displayName) ?? [];
    expect(names).toContain('Céleste');
    expect(names).not.toContain('Basile');
    expect(names).not.toContain('Dorian');
    expect(names).not.toContain('Eloïse'); // the last place is never shown to others

    expect((await graphql(api.url, `mutation { setLeaderboardConsent(optIn: true) }`, {}, dorian)).data).toEqual({ setLeaderboardConsent: true });
    expect((await graphql<{ leaderboard: { total: number } }>(api.url, BOARD, {}, dorian)).data?.leaderboard.total).toBe(4);

    const quest = await graphql(api.url, `query { teamQuest { total goal progress reached } }`, {}, await login(api.url, advisors[1].email, advisors[1].password));
    // Basile, who opted out, still sees the boutique's shared goal: it names no one.
    expect(quest.data).toEqual({ teamQuest: { total: 1000, goal: 750, progress: 1, reached: true } });
    // Four advisors left: the sum less one's own would tell what three named colleagues earned, so there is no quest.
    await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE app_user SET active = false WHERE id = $1`, [advisors[4].id]));
    const smaller = await graphql(api.url, `query { teamQuest { total goal } }`, {}, await login(api.url, advisors[1].email, advisors[1].password));
    expect(smaller.data).toEqual({ teamQuest: null });
  });

  it("counts each advisor's XP of their own week on a region's board, so colleagues across zones read the same figure", async () => {
    const { maison, boutique } = await aMaison();
    const newYork = await factory.newBoutique(maison.id, { name: 'New York', timezone: 'America/New_York' });
    const nina = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: newYork.id, displayName: 'Nina' });
    // Paris: two near the top, and three at the bottom, whom the board never shows to others.
    const paris = await Promise.all(['Paul', 'Pia', 'Quentin', 'Rose', 'Sacha'].map((displayName) => factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id, displayName })));
    // Monday 01:30 in Paris is still Sunday 19:30 in New York: Nina's Sunday-evening XP is of her week, not of last week.
    const now = new Date('2026-11-23T00:30:00Z');
    const earned: Array<[{ id: string }, number, string]> = [[nina, 300, '2026-11-22T22:00:00Z'], ...paris.map((advisor, i): [{ id: string }, number, string] => [advisor, [100, 50, 30, 20, 10][i], '2026-11-23T00:10:00Z'])];
    await factory.inMaison(maison.id, async (manager) => {
      for (const [user, amount, at] of earned) {
        await manager.query(`INSERT INTO xp_event (maison_id, user_id, source_key, amount, reasons, occurred_at) VALUES ($1, $2, $3, $4, '[]', $5)`, [maison.id, user.id, `test:${user.id}`, amount, at]);
        await manager.query(`INSERT INTO consent_record (maison_id, user_id, purpose, granted) VALUES ($1, $2, 'LEADERBOARD', true)`, [maison.id, user.id]);
      }
    });
    const service = api.app.get(GamificationService);
    const board = async (viewer: { id: string }) => (await service.leaderboard({ userId: viewer.id, maisonId: maison.id, roles: ['ADVISOR'] }, 'REGION', now)).rows.map(({ displayName, xp }) => `${displayName} ${xp}`);
    expect(await board(paris[0])).toEqual(['Nina 300', 'Paul 100', 'Pia 50']);
    expect(await board(nina)).toEqual(['Nina 300', 'Paul 100', 'Pia 50']);
  });

  it('pays an item answered right on two devices once, when the later answer reaches the ledger first', async () => {
    const { maison, boutique, codes } = await aMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const [version] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT id, question_id, difficulty FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' LIMIT 1`, [maison.id]));
    const answers = worker.get(AnswersService);
    const actor = { userId: advisor.id, maisonId: maison.id, roles: ['ADVISOR' as const] };
    const answerRightAt = (answeredAt: Date) =>
      answers.submit(actor, { attemptId: randomUUID(), questionId: version.question_id, questionVersionId: version.id, answer: rightAnswer(codes.get(version.question_id) as string), timeTakenMs: 4000, answeredAt, timeZone: 'Europe/Paris' }, 'en');
    const now = new Date();
    const phone = new Date(now.getTime() - 5 * 60_000);
    // The tablet's answer (now) is recorded and paid first; the phone's, given five minutes earlier offline, syncs after.
    await answerRightAt(now);
    await settled(maison.id);
    await answerRightAt(phone);
    await settled(maison.id);
    const [{ total }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT coalesce(sum(amount), 0)::int AS total FROM xp_event WHERE user_id = $1 AND source_key LIKE 'attempt:%'`, [advisor.id]));
    // In the order given: the phone's answer is the first try, the tablet's comes too soon to earn again.
    const difficulty = version.difficulty as Difficulty;
    const first = xpForAnswer({ difficulty, score: 1, correct: true, answeredAt: phone, previousAttempts: [] }).amount;
    const second = xpForAnswer({ difficulty, score: 1, correct: true, answeredAt: now, previousAttempts: [{ answeredAt: phone, score: 1, correct: true }] }).amount;
    expect(second).toBe(0);
    expect(total).toBe(first + second);
  });

  it('counts a lesson read to its end as a day of activity, though its question is still to answer', async () => {
    const { maison, boutique } = await aMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const auth = await login(api.url, advisor.email, advisor.password);
    const [lesson] = await factory.inMaison(maison.id, (manager) =>
      manager.query(`SELECT mv.id FROM module_version mv JOIN module m ON m.id = mv.module_id WHERE m.maison_id = $1 AND m.kind = 'LESSON' AND mv.status = 'PUBLISHED' AND cardinality(mv.question_version_ids) > 0 LIMIT 1`, [maison.id]),
    );
    const read = await graphql<{ completeLesson: { status: string } }>(api.url, `mutation ($id: ID!) { completeLesson(moduleVersionId: $id) { status } }`, { id: lesson.id }, auth);
    expect(read.data?.completeLesson.status).toBe('IN_PROGRESS');
    await settled(maison.id);
    const streak = await graphql<{ myGamification: { streak: { current: number; activeToday: boolean } } }>(api.url, GAMIFICATION, {}, auth);
    expect(streak.data?.myGamification.streak).toMatchObject({ current: 1, activeToday: true });
  });

  it('rebuilds a streak only once the answers being recorded are committed, so a rebuild that read less never writes last', async () => {
    const { maison, boutique } = await aMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const [version] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT id, question_id FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' LIMIT 1`, [maison.id]));
    const insertAttempt = (manager: { query: (sql: string, parameters: unknown[]) => Promise<unknown> }, at: Date) =>
      manager.query(
        `INSERT INTO attempt (id, maison_id, user_id, question_id, question_version_id, answer, score, correct, time_taken_ms, answered_at, time_zone) VALUES ($1, $2, $3, $4, $5, '{"type": "TRUE_FALSE", "value": true}', 1, true, 4000, $6, 'Europe/Paris')`,
        [randomUUID(), maison.id, advisor.id, version.question_id, version.id, at],
      );
    const now = new Date();
    await factory.inMaison(maison.id, (manager) => insertAttempt(manager, new Date(now.getTime() - 86_400_000)));
    const ledger = worker.get(GamificationLedger);

    // Today's answer is being recorded (its transaction holds the advisor, as an answer does) while a rebuild starts.
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const answering = factory.inMaison(maison.id, async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('progress:' || $1))`, [advisor.id]);
      await insertAttempt(manager, now);
      holding();
      await committing;
    });
    await held;
    let rebuilt = false;
    const rebuild = ledger.updateStreak(maison.id, advisor.id).finally(() => (rebuilt = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rebuilt).toBe(false);
    commit();
    await answering;
    await rebuild;
    const [{ state }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT state FROM learner_streak WHERE user_id = $1`, [advisor.id]));
    expect(state).toMatchObject({ current: 2 });
  });

  it('rebuilds a streak that did not change without a word, and names the badges it awards', async () => {
    const { maison, boutique } = await aMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    const ledger = worker.get(GamificationLedger);
    await factory.inMaison(maison.id, (manager) =>
      manager.query(
        `INSERT INTO module_progress (maison_id, user_id, module_id, module_version_id, status, answered, total, perfect, lesson_read_at, completed_at)
         SELECT $1, $2, m.id, mv.id, 'COMPLETED', 0, 0, false, now(), now() FROM module m JOIN module_version mv ON mv.module_id = m.id AND mv.status = 'PUBLISHED' WHERE m.maison_id = $1 AND m.kind = 'LESSON' LIMIT 1`,
        [maison.id, advisor.id],
      ),
    );
    const changedEvents = () => factory.inMaison(maison.id, async (manager) => (await manager.query(`SELECT count(*)::int AS n FROM outbox_event WHERE maison_id = $1 AND type = 'gamification.changed'`, [maison.id]))[0].n as number);

    // Badges first: a streak rebuilt announces a change, whose badge evaluation the running worker would race.
    expect(await ledger.evaluateBadges(maison.id, advisor.id)).toEqual(['first-steps']);
    expect(await ledger.evaluateBadges(maison.id, advisor.id)).toEqual([]);

    expect(await ledger.updateStreak(maison.id, advisor.id)).toBe(true);
    const events = await changedEvents();
    // Nothing new: the stored streak (jsonb, keys in its own order) is the same one.
    expect(await ledger.updateStreak(maison.id, advisor.id)).toBe(false);
    expect(await changedEvents()).toBe(events);
  });

  it('dates a lesson read to its streak day in the zone of the device it was read on, as an answer is', async () => {
    const { maison, boutique } = await aMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(`UPDATE app_user SET timezone = 'Europe/Paris' WHERE id = $1`, [advisor.id]);
      await manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ONBOARDING', '2026-10-01' FROM program WHERE maison_id = $1`, [maison.id, advisor.id]);
      await manager.query(`UPDATE module_version SET published_at = published_at - interval '2 days' WHERE maison_id = $1`, [maison.id]);
    });
    const auth = await login(api.url, advisor.email, advisor.password);
    const [lesson] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT mv.id FROM module_version mv JOIN module m ON m.id = mv.module_id WHERE m.maison_id = $1 AND m.kind = 'LESSON' AND mv.status = 'PUBLISHED'`, [maison.id]));
    // Read at 07:30 in Tokyo, on a trip: 23:30 the evening before in Paris, the advisor's own zone.
    const tokyoDay = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Tokyo' });
    const readAt = new Date(`${tokyoDay}T07:30:00+09:00`);
    const COMPLETE = `mutation ($id: ID!, $readAt: DateTime, $timeZone: String) { completeLesson(moduleVersionId: $id, readAt: $readAt, timeZone: $timeZone) { lessonReadAt } }`;
    expect((await graphql(api.url, COMPLETE, { id: lesson.id, readAt: readAt.toISOString(), timeZone: 'Mars/Olympus' }, auth)).errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect((await graphql(api.url, COMPLETE, { id: lesson.id, readAt: readAt.toISOString(), timeZone: 'Asia/Tokyo' }, auth)).errors).toBeUndefined();
    await worker.get(GamificationLedger).updateStreak(maison.id, advisor.id);
    const [{ state }] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT state FROM learner_streak WHERE user_id = $1`, [advisor.id]));
    expect(state.lastActiveDate).toBe(tokyoDay);
  });

  it('ends in the same state when 1,000 answers are replayed in another order', async () => {
    const { maison, boutique } = await aMaison();
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await factory.inMaison(maison.id, async (manager) => {
      await manager.query(`INSERT INTO enrolment (maison_id, user_id, program_id, source, starts_on) SELECT $1, $2, id, 'ONBOARDING', '2026-10-01' FROM program WHERE maison_id = $1`, [maison.id, advisor.id]);
      // The answers are dated from 1 October: the content was published before.
      await manager.query(`UPDATE question_version SET published_at = '2026-09-01' WHERE maison_id = $1 AND published_at IS NOT NULL`, [maison.id]);
    });
    const [versions, moduleVersions] = await factory.inMaison(maison.id, async (manager) => [
      await manager.query(`SELECT v.id, v.question_id, q.code FROM question_version v JOIN question q ON q.id = v.question_id WHERE v.maison_id = $1 AND v.status = 'PUBLISHED'`, [maison.id]),
      await manager.query(`SELECT id, question_version_ids FROM module_version WHERE maison_id = $1 AND status = 'PUBLISHED'`, [maison.id]),
    ]);
    const moduleOf = (versionId: string) => (moduleVersions as Array<{ id: string; question_version_ids: string[] }>).find((module) => module.question_version_ids.includes(versionId))?.id ?? null;
    const answers = Array.from({ length: 1000 }, (_, i) => {
      const version = versions[i % versions.length] as { id: string; question_id: string; code: string };
      return {
        attemptId: randomUUID(),
        questionId: version.question_id,
        questionVersionId: version.id,
        moduleVersionId: moduleOf(version.id),
        answer: i % 4 === 0 ? wrongAnswer(version.code) : rightAnswer(version.code),
        timeTakenMs: 4000,
        answeredAt: new Date(Date.UTC(2026, 9, 1) + i * 50 * 60_000),
        timeZone: i % 2 ? 'Europe/Paris' : 'America/New_York',
      };
    });
    const answersService = api.app.get(AnswersService);
    const actor = { userId: advisor.id, maisonId: maison.id, roles: ['ADVISOR' as const] };
    const submitAll = async (list: typeof answers) => {
      const queue = [...list];
      await Promise.all(Array.from({ length: 4 }, async () => {
        // Each arrives a minute after it was given, as from a phone online (older ones count from the offline window's start).
        for (let next = queue.shift(); next; next = queue.shift()) await answersService.submit(actor, next, 'en', new Date(next.answeredAt.getTime() + 60_000));
      }));
    };
    const snapshot = () =>
      factory.inMaison(maison.id, async (manager) => ({
        attempts: await manager.query(`SELECT id, score, correct FROM attempt WHERE user_id = $1 ORDER BY id`, [advisor.id]),
        progress: await manager.query(`SELECT module_id, status, answered, total, score, best_score, perfect, completed_at FROM module_progress WHERE user_id = $1 ORDER BY module_id`, [advisor.id]),
        enrolment: await manager.query(`SELECT completed_at, certified_at, certification_score, onboarding_days FROM enrolment WHERE user_id = $1`, [advisor.id]),
        xp: await manager.query(`SELECT source_key, amount FROM xp_event WHERE user_id = $1 ORDER BY source_key`, [advisor.id]),
        streak: await manager.query(`SELECT state FROM learner_streak WHERE user_id = $1`, [advisor.id]),
        badges: await manager.query(`SELECT badge_code FROM badge_award WHERE user_id = $1 ORDER BY badge_code`, [advisor.id]),
        events: await manager.query(`SELECT type, count(*)::int FROM outbox_event WHERE maison_id = $1 GROUP BY type ORDER BY type`, [maison.id]),
      }));

    await submitAll(answers);
    await settled(maison.id);
    const once = await snapshot();
    expect(once.attempts).toHaveLength(1000);
    expect(once.xp.length).toBe(1000 + once.progress.filter((row: { status: string }) => row.status === 'COMPLETED').length);
    expect(once.streak[0].state.longest).toBeGreaterThan(30);
    expect(once.badges.map((row: { badge_code: string }) => row.badge_code)).toEqual(['first-steps', 'seven-days', 'thirty-days']);

    const reordered = [...answers].sort(() => Math.random() - 0.5);
    await submitAll(reordered);
    await settled(maison.id);
    expect(await snapshot()).toEqual(once);
  }, 180_000);
});
