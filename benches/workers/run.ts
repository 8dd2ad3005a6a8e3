import 'reflect-metadata';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { bullConnection } from '../../apps/api/src/core/queue/queue-connection';
import { BenchChild, ROOT } from './child-process';
import { measureLatency } from './latency';
import { Random } from './random';
import { BARE_QUEUE, PRODUCER_JOB_OPTIONS, WORKER_CONCURRENCY } from './settings';
import { round } from './stats';
import { measureInterleaved, waitUntilDrained, type BenchJob } from './throughput';
import { answerInput, inMaison, seedWorld } from './world';

/**
 * `npm run bench:workers [-- --advisors 250 --batches 3 --bare-jobs 4000 --answers 100]`: throughput of ONE worker
 * process on `challenge.generate` against a bare BullMQ no-op worker with the same settings, the Redis traffic per
 * job, and answer → next-challenge latency over HTTP. Runs on a scratch database and its own Redis key prefix;
 * progress on the way, then the report as ONE JSON object on the last line.
 */
interface Options {
  advisors: number;
  batches: number;
  bareJobs: number;
  answers: number;
  warmupAnswers: number;
  latencyAdvisors: number;
  seed: number;
}

const DEFAULTS: Options = { advisors: 250, batches: 3, bareJobs: 4000, answers: 100, warmupAnswers: 3, latencyAdvisors: 20, seed: 42 };
const FLAGS: Record<string, keyof Options> = {
  '--advisors': 'advisors',
  '--batches': 'batches',
  '--bare-jobs': 'bareJobs',
  '--answers': 'answers',
  '--warmup-answers': 'warmupAnswers',
  '--latency-advisors': 'latencyAdvisors',
  '--seed': 'seed',
};

function parseArgs(argv: readonly string[]): Options {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = Number(inline ?? argv[++i]);
    const key = FLAGS[flag];
    if (!key || !Number.isInteger(value) || value < (key === 'seed' || key === 'warmupAnswers' ? 0 : 1)) throw new Error(`unknown or invalid option ${argv[i]} (${Object.keys(FLAGS).join(', ')} with a whole number)`);
    options[key] = value;
  }
  return options;
}

const TARGETS = { ratioVsBare: 0.3, answerToChallengeP95Ms: 200 };
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `savoir-bench-${runId}`;
  // createScratchDatabase names the app login role after APP_DATABASE_URL; the bench has its own.
  process.env.APP_DATABASE_URL = 'postgresql://savoir_app_bench:savoir_app_bench@127.0.0.1:5432/postgres';
  const load = loadavg()[0];
  log(`Workers bench: ${options.advisors} advisors, ${options.batches} batches, ${options.bareJobs} bare jobs per batch, ${options.answers} timed answers; ${cpus().length} CPUs, load ${load.toFixed(2)}`);
  if (load > cpus().length * 0.5) log(`  note: the machine is already busy (load ${load.toFixed(2)}): figures will be lower than on a quiet machine`);

  const { createScratchDatabase } = await import('../../apps/api/test/utils/scratch-database');
  const scratch = await createScratchDatabase('savoir_bench');
  Object.assign(process.env, {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: scratch.ownerUrl,
    APP_DATABASE_URL: scratch.appUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
    // The bench enqueues the DAILY batches it measures; a scheduled tick would add its own.
    SCHEDULED_JOBS: 'false',
  });
  log(`Scratch database migrated; Redis ${redisUrl} under prefix ${prefix}`);

  const children: BenchChild[] = [];
  const queues: Queue[] = [];
  let owner: DataSource | null = null;
  let api: { close(): Promise<void> } | null = null;
  const cleanUp = async () => {
    await Promise.allSettled(children.map((child) => child.stop()));
    await Promise.allSettled(queues.map((queue) => queue.close()));
    await api?.close().catch(() => undefined);
    await owner?.destroy().catch(() => undefined);
    await scratch.drop().catch((error) => console.error(`could not drop the scratch database: ${error}`));
    await deleteKeys(redisUrl, prefix).catch((error) => console.error(`could not delete the bench's Redis keys: ${error}`));
  };
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    // App code is loaded once the environment points at the scratch database.
    const { createDataSource } = await import('../../apps/api/src/core/database/data-source');
    const { startApi } = await import('../../apps/api/test/utils/test-app');
    const { AnswersService } = await import('../../apps/api/src/modules/learning/answers.service');
    const { AccessTokens } = await import('../../apps/api/src/core/auth/access-tokens');
    const { DAILY_BATCH_SIZE } = await import('../../apps/api/src/modules/adaptive/daily-challenges.service');

    owner = createDataSource(scratch.ownerUrl, { extra: { max: 4 } });
    await owner.initialize();
    const world = await seedWorld(owner, options.advisors, new Date());
    log(`Seeded the demo maison and its onboarding program (${world.questions.length} published questions in modules) with ${world.advisorIds.length} bench advisors in ${world.timezone}`);

    const running = await startApi();
    api = running;
    log(`API listening on ${running.url} (in this process)`);

    // Learner-model state through the real answer path (in process, no HTTP): a few answers each, over the last day.
    const answers = running.app.get(AnswersService);
    const random = new Random(options.seed);
    const plans = world.advisorIds.map((userId) => ({
      userId,
      inputs: Array.from({ length: options.warmupAnswers }, (_, i) => answerInput(random.pick(world.questions), random, 0.6, new Date(Date.now() - (options.warmupAnswers - i) * 7 * 3_600_000), world.timezone)),
    }));
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let plan = plans[next++]; plan; plan = plans[next++]) {
          for (const input of plan.inputs) await answers.submit({ userId: plan.userId, maisonId: world.maisonId, roles: ['ADVISOR'] }, input, 'en');
        }
      }),
    );
    // Their events would start XP, streak and challenge jobs in the worker: marked delivered, so each measurement sees only its own jobs.
    await inMaison(owner, world.maisonId, (manager) => manager.query(`UPDATE outbox_event SET delivered_at = now() WHERE delivered_at IS NULL`));
    // Planner statistics, as autovacuum keeps them on a live database (a freshly filled one has none yet).
    await owner.query('ANALYZE');
    log(`${world.advisorIds.length * options.warmupAnswers} warm-up answers recorded through AnswersService (learner model, item calibration, review cards)`);

    const bareQueue = new Queue(BARE_QUEUE, { connection: bullConnection(redisUrl), prefix });
    const adaptiveQueue = new Queue('adaptive', { connection: bullConnection(redisUrl), prefix });
    queues.push(bareQueue, adaptiveQueue);

    // The baseline, a bare BullMQ worker with no-op jobs, and the real worker (apps/api/src/worker.ts), each its own process.
    const bare = new BenchChild('bare worker', join(__dirname, 'bare-worker.ts'), {}, join(__dirname, 'tsconfig.json'));
    const worker = new BenchChild('worker', join(ROOT, 'apps/api/src/worker.ts'), { LOG_LEVEL: 'info' }, join(ROOT, 'apps/api/tsconfig.app.json'));
    children.push(bare, worker);
    bare.start();
    worker.start();
    await Promise.all([bare.waitForOutput(/bare worker ready/, 90_000), worker.waitForOutput(/Savoir worker started/, 90_000)]);
    // The worker's schedules' first ticks (the DAILY fan-out finds the demo advisors whose night it is) run before the measurement.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await waitUntilDrained(adaptiveQueue, 60_000);
    log(`Bare BullMQ worker (pid ${bare.pid}) and worker (pid ${worker.pid}: outbox relay, admin, gamification and adaptive queues) started, concurrency ${WORKER_CONCURRENCY} on the adaptive queue and the bare one`);

    const noop = (batch: string, count: number): BenchJob[] =>
      Array.from({ length: count }, (_, i) => ({ name: 'bench.noop', data: { maisonId: world.maisonId, userId: world.advisorIds[i % world.advisorIds.length] }, opts: { ...PRODUCER_JOB_OPTIONS, jobId: `bench.noop.${batch}.${i}`, deduplication: { id: `bench.noop.${batch}.${i}`, keepLastIfActive: true } } }));
    const generate = (batch: string, userIds: readonly string[]): BenchJob[] =>
      userIds.map((userId) => ({
        name: 'challenge.generate',
        data: { maisonId: world.maisonId, userId },
        // As QueueProducer.add builds it for an answer.recorded event: the debounce key per advisor, the producer's options.
        opts: { ...PRODUCER_JOB_OPTIONS, jobId: `challenge.generate.bench-${batch}-${userId}`, deduplication: { id: `challenge.generate.${userId}`, keepLastIfActive: true } },
      }));
    // The DAILY batches as the nightly fan-out enqueues them; each round is an earlier night (its own local date, so
    // every advisor gets a challenge in every round; long expired, so todayChallenge in the latency phase ignores them).
    const nightly = (night: number): BenchJob[] =>
      Array.from({ length: Math.ceil(world.advisorIds.length / DAILY_BATCH_SIZE) }, (_, i) => ({
        name: 'challenge.daily.batch',
        data: { maisonId: world.maisonId, userIds: world.advisorIds.slice(i * DAILY_BATCH_SIZE, (i + 1) * DAILY_BATCH_SIZE), at: new Date(Date.now() - night * 86_400_000).toISOString() },
        opts: { ...PRODUCER_JOB_OPTIONS, jobId: `challenge.daily.batch.bench-${night}-${i}` },
      }));
    const redis = new Redis(redisUrl);
    const [bareResult, challengeResult, dailyResult] = await measureInterleaved(
      [
        { label: 'bare', queue: bareQueue, child: bare, warmup: noop('warmup', options.bareJobs), batch: (b) => noop(String(b), options.bareJobs) },
        { label: 'challenge.generate', queue: adaptiveQueue, child: worker, warmup: generate('warmup', world.advisorIds.slice(0, 100)), batch: (b) => generate(String(b), world.advisorIds), probe: () => commandCalls(redis) },
        { label: 'challenge.daily.batch', queue: adaptiveQueue, child: worker, warmup: nightly(1), batch: (b) => nightly(b + 2) },
      ],
      options.batches,
      new URL(scratch.appUrl).pathname.slice(1),
      120_000,
      log,
    );
    const serverCalls = challengeResult.probed;
    // Challenges built in one transaction share its clock reading (warm-up batch included).
    const [folding]: Array<{ challenges: number; transactions: number }> = await owner.query(`SELECT count(*)::int AS challenges, count(DISTINCT generated_at)::int AS transactions FROM challenge WHERE kind = 'GAP'`);
    // The measured nights' DAILY challenges (the warm-up night and the worker's own first fan-out left out).
    const [{ built: dailyBuilt }]: Array<{ built: number }> = await owner.query(`SELECT count(*)::int AS built FROM challenge WHERE kind = 'DAILY' AND local_date <= (now() - interval '2 days')::date`);
    const dailyChallengesPerSec = dailyResult.batches.reduce((sum, batch) => sum + batch.spanMs, 0) ? (dailyBuilt / dailyResult.batches.reduce((sum, batch) => sum + batch.spanMs, 0)) * 1000 : 0;
    redis.disconnect();
    await bare.stop();
    log(`Bare ${bareResult.jobsPerSec.toFixed(0)} jobs/s; challenge.generate ${challengeResult.jobsPerSec.toFixed(0)} jobs/s, ${folding.challenges} challenges in ${folding.transactions} transactions`);

    // Latency: submitAnswer over HTTP → todayChallenge returns a challenge generated after it.
    const tokens = running.app.get(AccessTokens);
    const latencyAdvisors = await Promise.all(
      world.advisorIds.slice(0, options.latencyAdvisors).map(async (userId) => ({ userId, token: (await tokens.issue({ userId, maisonId: world.maisonId, roles: ['ADVISOR'] }, randomUUID(), new Date())).token })),
    );
    const latency = await measureLatency({
      url: running.url,
      advisors: latencyAdvisors,
      questions: world.questions,
      answers: options.answers,
      timezone: world.timezone,
      random,
      worker,
      adaptiveQueue,
      latestChallengeAt: async (userId) => {
        const [row] = await (owner as DataSource).query(`SELECT (extract(epoch FROM max(generated_at)) * 1000)::float8 AS at FROM challenge WHERE user_id = $1`, [userId]);
        return row?.at ?? 0;
      },
      gapMs: 100,
      pollPauseMs: 3,
      timeoutMs: 10_000,
      progress: log,
    });
    await worker.stop();

    const perJob = (value: number, jobs: number) => (jobs ? round(value / jobs, 2) : null);
    // Per DAILY challenge rather than per batch job.
    const perDaily = (perBatchJob: number | null) => (perBatchJob === null ? null : round((perBatchJob * dailyResult.jobs) / dailyBuilt, 2));
    const ratioVsBare = bareResult.jobsPerSec ? challengeResult.jobsPerSec / bareResult.jobsPerSec : 0;
    const top = (byCommand: Record<string, number>, per: number) =>
      Object.fromEntries(
        Object.entries(byCommand)
          .sort(([, a], [, b]) => b - a)
          .slice(0, 6)
          .map(([name, count]) => [name, perJob(count, per)]),
      );
    const report = {
      challengesPerSec: round(challengeResult.jobsPerSec),
      bareJobsPerSec: round(bareResult.jobsPerSec),
      ratioVsBare: round(ratioVsBare, 4),
      dailyChallengesPerSec: round(dailyChallengesPerSec),
      dailyChallengesBuilt: dailyBuilt,
      dailyFailedJobs: dailyResult.failed,
      challengesPerTransaction: folding.transactions ? round(folding.challenges / folding.transactions, 1) : null,
      redisRoundTripsPerJob: perJob(challengeResult.redis.roundTrips, challengeResult.jobs),
      redisCommandsPerJob: perJob(challengeResult.redis.commands, challengeResult.jobs),
      bareRedisRoundTripsPerJob: perJob(bareResult.redis.roundTrips, bareResult.jobs),
      redisServerCallsPerJobAllClients: perJob(serverCalls, challengeResult.jobs),
      redisRoundTripsPerAnswer: perJob(latency.redis.roundTrips, latency.answers),
      answerToChallengeP50Ms: latency.endToEndMs.p50,
      answerToChallengeP95Ms: latency.endToEndMs.p95,
      answerToChallengeMaxMs: latency.endToEndMs.max,
      answerToGenerationStartP50Ms: latency.toGenerationStartMs.p50,
      answerToGenerationStartP95Ms: latency.toGenerationStartMs.p95,
      submitAnswerP50Ms: latency.submitMs.p50,
      submitAnswerP95Ms: latency.submitMs.p95,
      answerStagesMs: latency.stagesMs,
      timedOutAnswers: latency.timedOut,
      jobs: challengeResult.jobs,
      failedJobs: challengeResult.failed,
      bareJobs: bareResult.jobs,
      advisors: options.advisors,
      answers: latency.answers,
      concurrency: WORKER_CONCURRENCY,
      challengeBatches: challengeResult.batches,
      bareBatches: bareResult.batches,
      redisTopCommandsPerJob: top(challengeResult.redis.byCommand, challengeResult.jobs),
      redisTopCommandsPerAnswer: top(latency.redis.byCommand, latency.answers),
      cpuMsPerChallenge: challengeResult.cpuMsPerJob,
      cpuMsPerBareJob: bareResult.cpuMsPerJob,
      cpuMsPerDailyChallenge: dailyBuilt ? { worker: perDaily(dailyResult.cpuMsPerJob.worker), postgres: perDaily(dailyResult.cpuMsPerJob.postgres), machine: perDaily(dailyResult.cpuMsPerJob.machine) } : null,
      cpus: cpus().length,
      loadAtStart: round(load, 2),
      targets: {
        ratioVsBare: { target: `>= ${TARGETS.ratioVsBare}`, reached: round(ratioVsBare, 4), met: ratioVsBare >= TARGETS.ratioVsBare },
        answerToChallengeP95Ms: { target: `<= ${TARGETS.answerToChallengeP95Ms}`, reached: latency.endToEndMs.p95, met: latency.endToEndMs.p95 !== null && latency.timedOut === 0 && latency.endToEndMs.p95 <= TARGETS.answerToChallengeP95Ms },
      },
      elapsedMs: 0,
    };
    await cleanUp();
    report.elapsedMs = Date.now() - started;
    log(`challenge.generate ${report.challengesPerSec}/s vs bare ${report.bareJobsPerSec}/s: ratio ${report.ratioVsBare}; Redis ${report.redisRoundTripsPerJob} round trips (${report.redisCommandsPerJob} commands) per job, bare ${report.bareRedisRoundTripsPerJob}`);
    log(`DAILY batches: ${report.dailyChallengesPerSec} challenges/s (${report.dailyChallengesBuilt} built in the measured nights)`);
    log(`answer → next challenge over HTTP: p50 ${report.answerToChallengeP50Ms} ms, p95 ${report.answerToChallengeP95Ms} ms (submitAnswer p50 ${report.submitAnswerP50Ms} ms; generation started after p50 ${report.answerToGenerationStartP50Ms} ms)`);
    for (const [name, target] of Object.entries(report.targets)) log(`  ${target.met ? 'met    ' : 'NOT MET'} ${name} ${target.target}: ${target.reached}`);
    log(`Done in ${(report.elapsedMs / 1000).toFixed(1)} s`);
    console.log(JSON.stringify(report));
  } catch (error) {
    for (const child of children) console.error(`--- ${child.pid ?? 'stopped'} output:\n${child.log}`);
    await cleanUp();
    throw error;
  }
}

/** Every command Redis has run, scripts' inner calls included (INFO commandstats, summed). */
async function commandCalls(redis: Redis): Promise<number> {
  const info = await redis.info('commandstats');
  return [...info.matchAll(/calls=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
}

async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
