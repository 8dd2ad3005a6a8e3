import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { bullConnection } from './queue-connection';
import { JOB_DEBOUNCE, JOB_QUEUES, type JobName, type JobPayloads, type QueueName } from './jobs';

// Finished jobs are kept a day so their ids keep deduplicating replays (the outbox relay may re-send an event).
const KEEP_FINISHED = { age: 24 * 3600, count: 10_000 };

/** The options every job gets: retries with backoff, and finished jobs kept for deduplication. */
export const JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: KEEP_FINISHED, removeOnFail: KEEP_FINISHED } as const;

/** Adds jobs to their workload queue: the outbox relay, and jobs fanning work out. Features publish events, not jobs. */
@Injectable()
export class QueueProducer implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueProducer.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: bullConnection(this.config.REDIS_URL), prefix: this.config.QUEUE_PREFIX });
      // ioredis reconnects by itself; meanwhile the outbox keeps the events, so a lost connection is only logged.
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add<Name extends JobName>(name: Name, payload: JobPayloads[Name], options: { jobId: string; delayMs?: number }) {
    const debounceKey = (JOB_DEBOUNCE[name] as ((payload: JobPayloads[Name]) => string) | undefined)?.(payload);
    return this.queue(JOB_QUEUES[name]).add(name, payload, {
      jobId: options.jobId,
      deduplication: debounceKey ? { id: debounceKey.replace(/:/g, '_'), keepLastIfActive: true } : undefined,
      delay: options.delayMs,
      ...JOB_OPTIONS,
    });
  }

  async onApplicationShutdown() {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
