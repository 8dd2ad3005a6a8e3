import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { xpForAnswer, type Difficulty } from '@savoir/domain';
import { bullConnection } from '../../src/core/queue/queue-connection';
import { importProgramPackage } from '../../src/modules/studio/program-packages';
import { LEARNING_PACKAGE } from '../factories/learning-content';
import { TenantFactory } from '../factories/tenant.factory';
import { createScratchDatabase } from '../utils/scratch-database';
import { WorkerProcess } from '../utils/worker-process';

const ANSWERS = 200;

/**
 * XP is awarded exactly once per answer even when the worker process is killed (SIGKILL) in the middle of its
 * jobs and started again: the jobs it held are found stalled and run again, and the ledger's unique key turns
 * every repeat into nothing. Runs on a database and queue prefix of its own, so no other test's worker helps.
 */
describe('XP exactly once across a killed worker', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let factory: TenantFactory;
  let queue: Queue;
  let worker: WorkerProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase('savoir_xp_kill');
    factory = await TenantFactory.open(scratch.ownerUrl);
    const prefix = `savoir-xp-kill-${randomUUID().slice(0, 8)}`;
    queue = new Queue('gamification', { connection: bullConnection(process.env.REDIS_URL as string), prefix });
    worker = new WorkerProcess({ DATABASE_URL: scratch.ownerUrl, APP_DATABASE_URL: scratch.appUrl, QUEUE_PREFIX: prefix, QUEUE_LOCK_MS: '1000', OUTBOX_LEASE_SECONDS: '1', OUTBOX_POLL_MS: '50', LOG_LEVEL: 'warn' });
  });

  afterAll(async () => {
    await worker?.kill();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await factory?.close();
    await scratch?.drop();
  });

  it('awards each of 200 answers once, though the worker was killed mid-job', async () => {
    const { maison, boutique } = await factory.newMaison();
    const author = await factory.newUser(maison.id, { roles: ['AUTHOR'] });
    const advisor = await factory.newUser(maison.id, { roles: ['ADVISOR'], boutiqueId: boutique.id });
    await factory.inMaison(maison.id, (manager) => importProgramPackage(manager, { userId: author.id, maisonId: maison.id, roles: ['AUTHOR'] }, LEARNING_PACKAGE));

    // 200 answers over 40 days, each with the event submitAnswer writes in its transaction.
    const attempts = await factory.inMaison(maison.id, async (manager) => {
      const versions: Array<{ id: string; question_id: string; difficulty: number }> = await manager.query(
        `SELECT id, question_id, difficulty FROM question_version WHERE maison_id = $1 AND status = 'PUBLISHED' AND type = 'SINGLE_CHOICE' ORDER BY id`,
        [maison.id],
      );
      const rows = Array.from({ length: ANSWERS }, (_, i) => {
        const version = versions[i % versions.length];
        const correct = i % 3 !== 0;
        return { id: randomUUID(), version, correct, answeredAt: new Date(Date.UTC(2026, 9, 5) + i * 4.8 * 3600_000) };
      });
      for (const row of rows) {
        await manager.query(
          `INSERT INTO attempt (id, maison_id, user_id, question_id, question_version_id, answer, score, correct, time_taken_ms, answered_at, time_zone) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 5000, $9, 'Europe/Paris')`,
          [row.id, maison.id, advisor.id, row.version.question_id, row.version.id, { type: 'SINGLE_CHOICE', optionId: row.correct ? 'a' : 'b' }, row.correct ? 1 : 0, row.correct, row.answeredAt],
        );
        await manager.query(`INSERT INTO outbox_event (maison_id, type, payload) VALUES ($1, 'answer.recorded', $2)`, [maison.id, { userId: advisor.id, attemptId: row.id }]);
      }
      return rows;
    });
    const ledger = async () =>
      (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT count(*)::int AS n, COALESCE(SUM(amount), 0)::int AS xp, count(DISTINCT source_key)::int AS keys FROM xp_event WHERE user_id = $1`, [advisor.id])))[0] as {
        n: number;
        xp: number;
        keys: number;
      };
    const waitFor = async (done: () => Promise<boolean>, what: string, ms = 60_000) => {
      const deadline = Date.now() + ms;
      while (!(await done())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${worker.log}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };

    worker.start();
    await waitFor(async () => (await ledger()).n >= 20, 'the first awards');
    await worker.kill();
    const atKill = await ledger();
    const heldWhenKilled = await queue.getActiveCount();
    expect(atKill.n).toBeLessThan(ANSWERS);
    expect(heldWhenKilled).toBeGreaterThan(0); // jobs were mid-way when the process died

    worker.start();
    await waitFor(async () => (await ledger()).n === ANSWERS && (await queue.getActiveCount()) + (await queue.getWaitingCount()) + (await queue.getDelayedCount()) === 0, 'every award');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a stalled job retried late would show now
    await worker.kill();

    // The XP each answer earns, recomputed from the same rules over the same history.
    const expected = attempts.reduce((sum, attempt) => {
      const history = attempts.filter((other) => other.version.question_id === attempt.version.question_id && other.id !== attempt.id);
      const previousAttempts = history.map((other) => ({ answeredAt: other.answeredAt, correct: other.correct, score: other.correct ? 1 : 0 }));
      return sum + xpForAnswer({ difficulty: attempt.version.difficulty as Difficulty, score: attempt.correct ? 1 : 0, correct: attempt.correct, previousAttempts, answeredAt: attempt.answeredAt }).amount;
    }, 0);
    expect(await ledger()).toEqual({ n: ANSWERS, keys: ANSWERS, xp: expected });
    expect(await queue.getFailedCount()).toBe(0);
    const [streak] = await factory.inMaison(maison.id, (manager) => manager.query(`SELECT state FROM learner_streak WHERE user_id = $1`, [advisor.id]));
    expect(streak.state.longest).toBe(40);
  }, 120_000);
});
