import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { TenantDb } from '../database/tenant-db';
import { jobId } from '../queue/jobs';
import { QueueProducer } from '../queue/queue-producer';
import { EVENT_ROUTES, type EventType } from './events';

const BATCH_SIZE = 100;
const MAX_RETRY_SECONDS = 60;

interface ClaimedEvent {
  id: string;
  maison_id: string;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Moves committed outbox events to BullMQ. Claims a batch with a lease (SKIP LOCKED, so relays in several
 * worker replicas never take the same events), enqueues each event's jobs with ids derived from the event id
 * (a re-sent event becomes the same job), then marks the batch delivered. When Redis is down the events stay
 * in Postgres and are retried with backoff until it returns.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: TenantDb,
    private readonly producer: QueueProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    this.schedule(0);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Relays until nothing is pending; returns how many events were delivered. */
  async drain(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const count = await this.relayBatch();
      delivered += count;
      if (count < BATCH_SIZE) return delivered;
    }
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((error) => this.logger.error(error, 'outbox relay pass failed'))
        .then(() => this.schedule(this.config.OUTBOX_POLL_MS));
    }, delayMs);
  }

  private async relayBatch(): Promise<number> {
    const events = await this.db.callSystemFunction<ClaimedEvent>('SELECT * FROM savoir_claim_outbox($1, $2)', [BATCH_SIZE, this.config.OUTBOX_LEASE_SECONDS]);
    const delivered: string[] = [];
    for (const event of events) {
      try {
        await this.enqueue(event);
        delivered.push(event.id);
      } catch (error) {
        const retryIn = Math.min(2 ** event.attempts, MAX_RETRY_SECONDS);
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn({ event: event.id, attempt: event.attempts, retryIn }, `outbox event not delivered: ${message}`);
        await this.db.callSystemFunction('SELECT savoir_fail_outbox($1, $2, $3)', [event.id, message, retryIn]);
      }
    }
    if (delivered.length) await this.db.callSystemFunction('SELECT savoir_complete_outbox($1)', [delivered]);
    return events.length;
  }

  private async enqueue(event: ClaimedEvent) {
    const routes = EVENT_ROUTES[event.type as EventType];
    if (!routes) throw new Error(`No route for event type ${event.type}`);
    for (const name of routes) {
      const added = this.producer.add(name, { ...event.payload, maisonId: event.maison_id } as never, { jobId: jobId(name, event.id) });
      // ioredis holds commands while Redis is away; bounded, so the event is marked for retry instead of the pass
      // waiting. If Redis later accepts the held command, the retry adds the same job id: still one job.
      await withTimeout(added, this.config.OUTBOX_ENQUEUE_TIMEOUT_MS, `Redis did not accept the job within ${this.config.OUTBOX_ENQUEUE_TIMEOUT_MS} ms`);
    }
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
