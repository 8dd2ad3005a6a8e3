import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../../src/core/config/config';
import { createDataSource } from '../../src/core/database/data-source';
import { TenantDb } from '../../src/core/database/tenant-db';
import { Outbox } from '../../src/core/events/outbox';
import { OutboxRelay } from '../../src/core/events/outbox-relay';
import { jobId } from '../../src/core/queue/jobs';
import { bullConnection } from '../../src/core/queue/queue-connection';
import { QueueProducer } from '../../src/core/queue/queue-producer';
import { TenantFactory } from '../factories/tenant.factory';
import { OwnRedis } from '../utils/own-redis';
import { createScratchDatabase } from '../utils/scratch-database';

/** Nothing is lost when Redis is away: the event stays in Postgres and becomes one job once Redis is back. */
describe('outbox relay', () => {
  const redis = new OwnRedis(16_379 + (process.pid % 1000));
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let appDataSource: DataSource;
  let factory: TenantFactory;
  let config: AppConfig;
  let producer: QueueProducer;

  beforeAll(async () => {
    scratch = await createScratchDatabase('savoir_outbox');
    appDataSource = createDataSource(scratch.appUrl, { extra: { max: 2 } });
    [, factory] = await Promise.all([appDataSource.initialize(), TenantFactory.open(scratch.ownerUrl), redis.start()]);
    config = { ...loadConfig(), REDIS_URL: redis.url, OUTBOX_ENQUEUE_TIMEOUT_MS: 300 };
    producer = new QueueProducer(config);
  });

  afterAll(async () => {
    await producer.onApplicationShutdown();
    await Promise.all([appDataSource.destroy(), factory.close(), redis.stop()]);
    await scratch.drop();
  });

  it('keeps an event while Redis is down, retries, and delivers it as exactly one job when Redis returns', async () => {
    const { maison } = await factory.newMaison();
    const db = new TenantDb(appDataSource);
    const eventId = await db.run(maison.id, (manager) => new Outbox().publish(manager, maison.id, 'users.import.requested', { importId: 'import-1' }));
    const readEvent = async () =>
      (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT delivered_at IS NOT NULL AS delivered, attempts, last_error FROM outbox_event WHERE id = $1`, [eventId])))[0];

    const relay = new OutboxRelay(db, producer, config, appDataSource);
    await redis.stop();
    expect(await relay.drain()).toBe(1);
    expect(await readEvent()).toMatchObject({ delivered: false, attempts: 1, last_error: 'Redis did not accept the job within 300 ms' });

    await redis.start();
    // Relay passes as the worker makes them, until the producer has reconnected (the backoff is brought forward).
    const deadline = Date.now() + 25_000;
    while (!(await readEvent()).delivered && Date.now() < deadline) {
      await factory.inMaison(maison.id, (manager) => manager.query(`UPDATE outbox_event SET available_at = now() WHERE id = $1`, [eventId]));
      await relay.drain();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await readEvent()).toMatchObject({ delivered: true, last_error: null });
    expect(await relay.drain()).toBe(0);

    const queue = new Queue('admin', { connection: bullConnection(redis.url), prefix: config.QUEUE_PREFIX });
    try {
      const job = await queue.getJob(jobId('users.import', eventId));
      expect(job?.data).toEqual({ importId: 'import-1', maisonId: maison.id });
      expect(await queue.count()).toBe(1);
    } finally {
      await queue.close();
    }
  }, 40_000);

  it('relays a committed event at once, woken by its NOTIFY, long before the next poll', async () => {
    const { maison } = await factory.newMaison();
    const db = new TenantDb(appDataSource);
    const relay = new OutboxRelay(db, producer, { ...config, OUTBOX_POLL_MS: 60_000 }, appDataSource);
    relay.onApplicationBootstrap();
    try {
      // The first pass (at start) finds nothing; from then on only a notification can bring the relay back within a minute.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const publishedAt = Date.now();
      const eventId = await db.run(maison.id, (manager) => new Outbox().publish(manager, maison.id, 'users.import.requested', { importId: 'import-2' }));
      const delivered = async () => (await factory.inMaison(maison.id, (manager) => manager.query(`SELECT delivered_at FROM outbox_event WHERE id = $1`, [eventId])))[0].delivered_at as Date | null;
      while (!(await delivered()) && Date.now() - publishedAt < 10_000) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(await delivered()).not.toBeNull();
      expect(Date.now() - publishedAt).toBeLessThan(2_000);
    } finally {
      await relay.onModuleDestroy();
    }
  }, 20_000);
});
