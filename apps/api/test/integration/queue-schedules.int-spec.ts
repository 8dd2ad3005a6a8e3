import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/core/config/config';
import type { JobRegistry } from '../../src/core/queue/job-registry';
import { JOB_QUEUES, JOB_SCHEDULES, QUEUE_NAMES } from '../../src/core/queue/jobs';
import { JOB_OPTIONS, QueueProducer } from '../../src/core/queue/queue-producer';
import { QueueWorkers } from '../../src/core/queue/queue-workers';

/** The worker's own schedules and queues: retried and trimmed like every other job, and kept only where configured. */
describe('scheduled jobs and the queues a worker runs', () => {
  beforeAll(() => Logger.overrideLogger(false));

  async function bootWorker(scheduledJobs: 'true' | 'false', workerQueues?: string) {
    const config = loadConfig({ ...process.env, QUEUE_PREFIX: `savoir-test-schedules-${randomUUID()}`, SCHEDULED_JOBS: scheduledJobs, WORKER_QUEUES: workerQueues });
    const producer = new QueueProducer(config);
    const dispatched: string[] = [];
    const recording = { dispatch: async (job: Job) => void dispatched.push(job.name) } as unknown as JobRegistry;
    const workers = new QueueWorkers(recording, producer, config);
    await workers.onApplicationBootstrap();
    const schedulers = await Promise.all(JOB_SCHEDULES.map((schedule) => producer.queue(JOB_QUEUES[schedule.name]).getJobScheduler(schedule.name)));
    const stop = async () => {
      await workers.onApplicationShutdown();
      await Promise.all(QUEUE_NAMES.map((queue) => producer.queue(queue).obliterate({ force: true })));
      await producer.onApplicationShutdown();
    };
    return { schedulers, producer, dispatched, stop };
  }

  it('schedules the DAILY fan-out, the calibration and the item analysis with the retries and trimming of any job', async () => {
    const { schedulers, stop } = await bootWorker('true');
    try {
      expect(schedulers.map((scheduler) => scheduler?.name)).toEqual(JOB_SCHEDULES.map((schedule) => schedule.name));
      for (const scheduler of schedulers) {
        // A fan-out that failed for one maison runs again within the quarter hour, not at the next tick.
        expect(scheduler?.template?.opts).toMatchObject({ attempts: JOB_OPTIONS.attempts, backoff: JOB_OPTIONS.backoff, removeOnComplete: JOB_OPTIONS.removeOnComplete, removeOnFail: JOB_OPTIONS.removeOnFail });
      }
    } finally {
      await stop();
    }
  });

  it('keeps no schedule where they are turned off', async () => {
    const { schedulers, stop } = await bootWorker('false');
    try {
      expect(schedulers).toEqual(JOB_SCHEDULES.map(() => undefined));
    } finally {
      await stop();
    }
  });

  it('runs only the queues it is given, and keeps only their schedules', async () => {
    const { schedulers, producer, dispatched, stop } = await bootWorker('true', 'admin');
    try {
      expect(schedulers.map((scheduler) => scheduler?.name ?? null)).toEqual(JOB_SCHEDULES.map((schedule) => (JOB_QUEUES[schedule.name] === 'admin' ? schedule.name : null)));
      await producer.add('streak.update', { maisonId: randomUUID(), userId: randomUUID() }, { jobId: randomUUID() });
      await producer.add('items.analyse', { maisonId: randomUUID() }, { jobId: randomUUID() });
      for (const deadline = Date.now() + 10_000; !dispatched.includes('items.analyse') && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(dispatched).toEqual(['items.analyse']);
      expect(await producer.queue('gamification').getWaitingCount()).toBe(1);
    } finally {
      await stop();
    }
  });
});
