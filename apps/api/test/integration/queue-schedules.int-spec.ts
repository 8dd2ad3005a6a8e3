import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/core/config/config';
import type { JobRegistry } from '../../src/core/queue/job-registry';
import { JOB_QUEUES, JOB_SCHEDULES } from '../../src/core/queue/jobs';
import { JOB_OPTIONS, QueueProducer } from '../../src/core/queue/queue-producer';
import { QueueWorkers } from '../../src/core/queue/queue-workers';

/** The worker's own schedules: retried and trimmed like every other job, and kept only where configured. */
describe('scheduled jobs', () => {
  const idle = { dispatch: async () => undefined } as unknown as JobRegistry;
  beforeAll(() => Logger.overrideLogger(false));

  async function bootWorker(scheduledJobs: 'true' | 'false') {
    const config = loadConfig({ ...process.env, QUEUE_PREFIX: `savoir-test-schedules-${randomUUID()}`, SCHEDULED_JOBS: scheduledJobs });
    const producer = new QueueProducer(config);
    const workers = new QueueWorkers(idle, producer, config);
    await workers.onApplicationBootstrap();
    const schedulers = await Promise.all(JOB_SCHEDULES.map((schedule) => producer.queue(JOB_QUEUES[schedule.name]).getJobScheduler(schedule.name)));
    const stop = async () => {
      await workers.onApplicationShutdown();
      await Promise.all([...new Set(JOB_SCHEDULES.map((schedule) => JOB_QUEUES[schedule.name]))].map((queue) => producer.queue(queue).obliterate({ force: true })));
      await producer.onApplicationShutdown();
    };
    return { schedulers, stop };
  }

  it('schedules the DAILY fan-out and the calibration with the retries and trimming of any job', async () => {
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
});
