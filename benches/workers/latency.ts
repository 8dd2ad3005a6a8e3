import type { Queue } from 'bullmq';
import type { BenchChild } from './child-process';
import { countsBetween } from './child-process';
import type { RedisCounts } from './redis-counter';
import type { Random } from './random';
import { percentile } from './stats';
import { answerInput, type BenchQuestion } from './world';

const SUBMIT = `mutation BenchSubmitAnswer($input: SubmitAnswerInput!) { submitAnswer(input: $input, locale: "en") { attemptId correct } }`;
const TODAY = `query BenchTodayChallenge { todayChallenge(locale: "en") { id kind generatedAt } }`;

export interface LatencyResult {
  answers: number;
  /** Answers whose next challenge never showed within the timeout. */
  timedOut: number;
  /** submitAnswer sent → first todayChallenge response holding a challenge generated after it was sent. */
  endToEndMs: { p50: number | null; p95: number | null; max: number | null };
  /** submitAnswer sent → its response (the answer committed). */
  submitMs: { p50: number | null; p95: number | null };
  /** submitAnswer sent → the challenge's generated_at (the worker's clock when the generation job started). */
  toGenerationStartMs: { p50: number | null; p95: number | null };
  /**
   * Where the time goes, from the challenge.generate job's BullMQ timestamps: submitAnswer sent → (its transaction commits, the NOTIFY wakes the relay)
   * job added by the outbox relay → taken by the worker → finished → seen by the polling client.
   */
  stagesMs: Record<'sentToEnqueued' | 'enqueuedToActive' | 'generation' | 'finishedToSeen', { p50: number | null; p95: number | null }>;
  /** todayChallenge requests made (the waiting itself polls Postgres, not the API). */
  polls: number;
  /** The worker process's Redis traffic over the phase (relay enqueues and every job an answer starts). */
  redis: RedisCounts;
}

async function graphql<T>(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Answers one at a time over HTTP, rotating through `advisors`; after each, waits (polling Postgres `pollPauseMs`
 * apart) for a challenge generated after the answer was sent to be committed, and stops the clock when todayChallenge
 * over HTTP returns it. Then pauses `gapMs`, so the system is never saturated.
 */
export async function measureLatency(options: {
  url: string;
  advisors: Array<{ userId: string; token: string }>;
  questions: readonly BenchQuestion[];
  answers: number;
  timezone: string;
  random: Random;
  worker: BenchChild;
  adaptiveQueue: Queue;
  /** When the advisor's latest challenge was generated (ms since the epoch, 0 if none), read straight from Postgres. */
  latestChallengeAt: (userId: string) => Promise<number>;
  gapMs: number;
  pollPauseMs: number;
  timeoutMs: number;
  progress: (line: string) => void;
}): Promise<LatencyResult> {
  const endToEnd: number[] = [];
  const submit: number[] = [];
  const toGeneration: number[] = [];
  const stages = { sentToEnqueued: [] as number[], enqueuedToActive: [] as number[], generation: [] as number[], finishedToSeen: [] as number[] };
  let timedOut = 0;
  let polls = 0;
  const before = await options.worker.redisCounts();
  for (let i = 0; i < options.answers; i++) {
    const advisor = options.advisors[i % options.advisors.length];
    const input = answerInput(options.random.pick(options.questions), options.random, 0.6, new Date(), options.timezone);
    const sentAt = Date.now();
    const started = performance.now();
    await graphql(options.url, advisor.token, SUBMIT, { input });
    submit.push(performance.now() - started);
    const deadline = started + options.timeoutMs;
    for (;;) {
      // A cheap indexed read first (the owner's connection, a few µs of Postgres), so the waiting does not load the
      // machine the worker runs on; once the row is committed, the API is asked as the app asks it.
      const committed = (await options.latestChallengeAt(advisor.userId)) >= sentAt;
      if (committed) {
        polls += 1;
        const { todayChallenge } = await graphql<{ todayChallenge: { generatedAt: string } | null }>(options.url, advisor.token, TODAY);
        const generatedAt = todayChallenge ? Date.parse(todayChallenge.generatedAt) : 0;
        if (generatedAt >= sentAt) {
          const seenAt = Date.now();
          endToEnd.push(performance.now() - started);
          toGeneration.push(generatedAt - sentAt);
          const [job] = (await options.adaptiveQueue.getJobs(['completed'], 0, 20)).filter((candidate) => candidate.name === 'challenge.generate' && candidate.data.userId === advisor.userId && (candidate.processedOn ?? 0) >= sentAt);
          if (job?.processedOn && job.finishedOn) {
            stages.sentToEnqueued.push(job.timestamp - sentAt);
            stages.enqueuedToActive.push(job.processedOn - job.timestamp);
            stages.generation.push(job.finishedOn - job.processedOn);
            stages.finishedToSeen.push(seenAt - job.finishedOn);
          }
          break;
        }
      }
      if (performance.now() > deadline) {
        timedOut += 1;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollPauseMs));
    }
    if ((i + 1) % 25 === 0) options.progress(`  latency: ${i + 1}/${options.answers} answers, p50 ${fmt(percentile(endToEnd, 50))} ms, p95 ${fmt(percentile(endToEnd, 95))} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.gapMs));
  }
  const redis = countsBetween(before, await options.worker.redisCounts());
  const ms = (values: number[], p: number) => {
    const value = percentile(values, p);
    return value === null ? null : Math.round(value * 10) / 10;
  };
  return {
    answers: options.answers,
    timedOut,
    endToEndMs: { p50: ms(endToEnd, 50), p95: ms(endToEnd, 95), max: ms(endToEnd, 100) },
    submitMs: { p50: ms(submit, 50), p95: ms(submit, 95) },
    toGenerationStartMs: { p50: ms(toGeneration, 50), p95: ms(toGeneration, 95) },
    stagesMs: {
      sentToEnqueued: { p50: ms(stages.sentToEnqueued, 50), p95: ms(stages.sentToEnqueued, 95) },
      enqueuedToActive: { p50: ms(stages.enqueuedToActive, 50), p95: ms(stages.enqueuedToActive, 95) },
      generation: { p50: ms(stages.generation, 50), p95: ms(stages.generation, 95) },
      finishedToSeen: { p50: ms(stages.finishedToSeen, 50), p95: ms(stages.finishedToSeen, 95) },
    },
    polls,
    redis,
  };
}

const fmt = (value: number | null) => (value === null ? '-' : value.toFixed(0));
