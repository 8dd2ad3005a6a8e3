import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { TenantDb } from '../database/tenant-db';
import { jobId } from '../queue/jobs';
import { QueueProducer } from '../queue/queue-producer';
import { EVENT_ROUTES, type EventType } from './events';
import { OUTBOX_CHANNEL } from './outbox';

const BATCH_SIZE = 100;
const MAX_RETRY_SECONDS = 60;
export const LISTEN_RETRY_MS = 1_000;

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
 * in Postgres and are retried with backoff until it returns. It LISTENs for the NOTIFY each publishing
 * transaction sends on commit and relays at once; the poll (`OUTBOX_POLL_MS`) catches anything a lost
 * listening connection missed.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** A notification came while a pass was running: run another right after it. */
  private again = false;
  private listener: PoolClient | null = null;
  private stopped = false;

  constructor(
    private readonly db: TenantDb,
    private readonly producer: QueueProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap() {
    this.schedule(0);
    void this.listen();
  }

  /** Before the database closes: its pool would wait forever for the listening connection. */
  async onModuleDestroy() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.listener?.release();
    this.listener = null;
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
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pass(), delayMs);
  }

  private pass() {
    this.timer = null;
    this.running = this.drain()
      .catch((error) => this.logger.error(error, 'outbox relay pass failed'))
      .then(() => {
        this.running = null;
        const wakeAgain = this.again;
        this.again = false;
        this.schedule(wakeAgain ? 0 : this.config.OUTBOX_POLL_MS);
      });
  }

  /** Events were committed: relay now (or right after the pass under way) instead of at the next poll. */
  private nudge() {
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** Holds one connection of the pool LISTENing; on its loss, takes another after a pause (the poll covers the gap). */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    let client: PoolClient | null = null;
    let lost = false;
    // The connection goes back to the pool once, and one retry follows, whether the error event, the LISTEN's
    // failure or both come first.
    const lose = (error: Error) => {
      if (lost) return;
      lost = true;
      this.logger.warn(`outbox listener lost: ${error.message}`);
      if (this.listener === client) this.listener = null;
      client?.release(error);
      setTimeout(() => void this.listen(), LISTEN_RETRY_MS);
    };
    try {
      const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
      client = await pool.connect();
      client.on('notification', () => this.nudge());
      client.on('error', lose);
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (lost) return;
      if (this.stopped) client.release();
      else this.listener = client;
    } catch (error) {
      lose(error instanceof Error ? error : new Error(String(error)));
    }
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
