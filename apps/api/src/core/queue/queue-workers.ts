import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobRegistry } from './job-registry';
import { JOB_QUEUES, JOB_SCHEDULES, type QueueName } from './jobs';
import { JOB_OPTIONS, QueueProducer } from './queue-producer';
import { bullConnection } from './queue-connection';

/**
 * Jobs each worker process runs at once, per queue. The adaptive queue's `challenge.generate` jobs mostly wait for
 * a batch they share (NextChallenges), so the more it holds at once, the fuller its batches.
 */
export const QUEUE_CONCURRENCY: { readonly [Queue in QueueName]: number } = { admin: 4, gamification: 4, adaptive: 128 };

/** One BullMQ worker per workload queue the process runs (`WORKER_QUEUES`), each dispatching to the registered handlers. Started by worker.ts only. */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly registry: JobRegistry,
    private readonly producer: QueueProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    for (const queue of this.config.WORKER_QUEUES) {
      const worker = new Worker(queue, (job) => this.registry.dispatch(job), {
        connection: bullConnection(this.config.REDIS_URL),
        prefix: this.config.QUEUE_PREFIX,
        concurrency: QUEUE_CONCURRENCY[queue],
        // A killed worker's active jobs are found stalled and run again (handlers are idempotent).
        lockDuration: this.config.QUEUE_LOCK_MS,
        stalledInterval: this.config.QUEUE_LOCK_MS,
      });
      worker.on('failed', (job, error) => this.logger.warn({ job: job?.id, attempt: job?.attemptsMade, err: error }, 'job failed'));
      worker.on('error', (error) => this.logger.error(error));
      this.workers.push(worker);
    }
    // Each schedule is kept by the processes running its queue (upserting it again is harmless).
    const schedules = this.config.SCHEDULED_JOBS ? JOB_SCHEDULES.filter((schedule) => this.config.WORKER_QUEUES.includes(JOB_QUEUES[schedule.name])) : [];
    for (const schedule of schedules) {
      // Retried like any job (a tick whose fan-out failed for one maison runs again) and trimmed like any job.
      await this.producer.queue(JOB_QUEUES[schedule.name]).upsertJobScheduler(schedule.name, { every: schedule.every, pattern: schedule.pattern }, { name: schedule.name, data: {}, opts: JOB_OPTIONS });
    }
    this.logger.log(`Processing queues: ${this.config.WORKER_QUEUES.join(', ')}; scheduled: ${schedules.map((schedule) => schedule.name).join(', ') || 'none'}`);
  }

  async onApplicationShutdown() {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
