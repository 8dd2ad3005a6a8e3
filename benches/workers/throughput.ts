import { Job, type JobsOptions, type Queue } from 'bullmq';
import { countsBetween, type BenchChild } from './child-process';
import { machineBusyMs, postgresCpuBetween, postgresCpuMs, processCpuMs } from './cpu';
import type { RedisCounts } from './redis-counter';
import { batchRate } from './stats';

export interface BenchJob {
  name: string;
  data: Record<string, unknown>;
  opts: JobsOptions & { jobId: string };
}

/** One worker process and the queue it serves, fed batch after batch. */
export interface Lane {
  label: string;
  queue: Queue;
  child: BenchChild;
  warmup: BenchJob[];
  batch: (index: number) => BenchJob[];
  /** Read before and after each of this lane's batches (e.g. the Redis server's command count); the deltas are summed. */
  probe?: () => Promise<number>;
}

export interface ThroughputResult {
  /** Jobs completed in the measured batches (the warm-up batch excluded). */
  jobs: number;
  failed: number;
  /** Σ jobs / Σ batch spans, each span from the first job taken to the last one finished. */
  jobsPerSec: number;
  batches: Array<{ jobs: number; spanMs: number; jobsPerSec: number }>;
  /** The worker process's own Redis traffic over the measured batches (see redis-counter.ts). */
  redis: RedisCounts;
  /**
   * CPU time over the measured batches, per completed job: the worker process's, the Postgres backends' serving the
   * bench's database, and the whole machine's (those, Redis, the bench itself and anyone else on the machine).
   */
  cpuMsPerJob: { worker: number | null; postgres: number | null; machine: number | null };
  probed: number;
}

/**
 * Runs each lane's unmeasured warm-up batch (JIT, connection pools, first queries planned), then `batches` rounds
 * in which every lane runs one batch in turn, so each lane meets the same machine (a shared machine's load drifts
 * over a run). A batch is added at once (`addBulk`, one MULTI) and waited for before the next.
 */
export async function measureInterleaved(lanes: Lane[], batches: number, database: string, timeoutMs: number, progress: (line: string) => void): Promise<ThroughputResult[]> {
  for (const lane of lanes) {
    await runBatch(lane.queue, lane.warmup, timeoutMs);
    progress(`  ${lane.label}: warm-up batch of ${lane.warmup.length} done`);
  }
  const results: ThroughputResult[] = lanes.map(() => ({ jobs: 0, failed: 0, jobsPerSec: 0, batches: [], redis: { commands: 0, roundTrips: 0, byCommand: {} }, cpuMsPerJob: { worker: 0, postgres: 0, machine: 0 }, probed: 0 }));
  const cpu = lanes.map(() => ({ worker: 0 as number | null, postgres: 0 as number | null, machine: 0 as number | null }));
  const cpuNow = (child: BenchChild) => ({ worker: processCpuMs(child.pid), postgres: postgresCpuMs(database), machine: machineBusyMs() });
  for (let index = 0; index < batches; index++) {
    for (const [l, lane] of lanes.entries()) {
      const result = results[l];
      const jobs = lane.batch(index);
      const probeBefore = (await lane.probe?.()) ?? 0;
      const redisBefore = await lane.child.redisCounts();
      const cpuBefore = cpuNow(lane.child);
      const finished = await runBatch(lane.queue, jobs, timeoutMs);
      const cpuAfter = cpuNow(lane.child);
      result.redis = addCounts(result.redis, countsBetween(redisBefore, await lane.child.redisCounts()));
      result.probed += ((await lane.probe?.()) ?? 0) - probeBefore;
      const postgres = postgresCpuBetween(cpuBefore.postgres, cpuAfter.postgres);
      cpu[l] = { worker: addOrNull(cpu[l].worker, cpuBefore.worker, cpuAfter.worker), postgres: cpu[l].postgres === null || postgres === null ? null : cpu[l].postgres + postgres, machine: addOrNull(cpu[l].machine, cpuBefore.machine, cpuAfter.machine) };
      const rate = batchRate(finished.completed);
      result.failed += finished.failed;
      result.batches.push({ ...rate, jobsPerSec: rate.spanMs ? Math.round((rate.jobs / rate.spanMs) * 1000) : 0 });
      progress(`  ${lane.label}: batch ${index + 1}/${batches}: ${rate.jobs} jobs in ${rate.spanMs} ms (${result.batches[index].jobsPerSec}/s)${finished.failed ? `, ${finished.failed} failed` : ''}`);
    }
  }
  return results.map((result, l) => {
    const jobs = result.batches.reduce((sum, batch) => sum + batch.jobs, 0);
    const spanMs = result.batches.reduce((sum, batch) => sum + batch.spanMs, 0);
    const perJob = (total: number | null) => (total === null || !jobs ? null : Math.round((total / jobs) * 100) / 100);
    return { ...result, jobs, jobsPerSec: spanMs ? (jobs / spanMs) * 1000 : 0, cpuMsPerJob: { worker: perJob(cpu[l].worker), postgres: perJob(cpu[l].postgres), machine: perJob(cpu[l].machine) } };
  });
}

const addOrNull = (total: number | null, before: number | null, after: number | null) => (total === null || before === null || after === null ? null : total + after - before);

function addCounts(a: RedisCounts, b: RedisCounts): RedisCounts {
  const byCommand = { ...a.byCommand };
  for (const [name, count] of Object.entries(b.byCommand)) byCommand[name] = (byCommand[name] ?? 0) + count;
  return { commands: a.commands + b.commands, roundTrips: a.roundTrips + b.roundTrips, byCommand };
}

async function runBatch(queue: Queue, jobs: BenchJob[], timeoutMs: number) {
  const added = await queue.addBulk(jobs);
  const folded = added.filter((job, i) => job.id !== jobs[i].opts.jobId).length;
  if (folded) throw new Error(`${folded} jobs were folded by deduplication: the bench needs distinct keys per batch`);
  await waitUntilDrained(queue, timeoutMs);
  const finished = await Promise.all(jobs.map((job) => Job.fromId(queue, job.opts.jobId)));
  const completed = finished.filter((job): job is Job => !!job && !!job.finishedOn && !job.failedReason);
  const failures = finished.filter((job) => job?.failedReason);
  if (failures.length) console.error(`    e.g. ${failures[0]?.failedReason}`);
  return { completed, failed: jobs.length - completed.length };
}

/** Nothing waiting or running. Delayed jobs are ignored: the schedules' next ticks, and retries (counted as failed). */
export async function waitUntilDrained(queue: Queue, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await queue.getJobCounts('wait', 'active', 'prioritized', 'waiting-children');
    if (Object.values(counts).every((count) => count === 0)) return;
    if (Date.now() > deadline) throw new Error(`queue ${queue.name} still busy after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
