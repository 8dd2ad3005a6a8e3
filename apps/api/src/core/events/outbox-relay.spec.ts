import { Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import type { TenantDb } from '../database/tenant-db';
import type { QueueProducer } from '../queue/queue-producer';
import { LISTEN_RETRY_MS, OutboxRelay } from './outbox-relay';

/** A pooled connection whose LISTEN fails, as on a standby after a failover, or as its socket dies. */
class FailingConnection extends EventEmitter {
  readonly release = jest.fn();

  constructor(private readonly emitErrorToo: boolean) {
    super();
  }

  query(): Promise<never> {
    const error = new Error('cannot execute LISTEN during recovery');
    if (this.emitErrorToo) this.emit('error', error);
    return Promise.reject(error);
  }
}

describe('outbox relay: the listening connection', () => {
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function relayOver(emitErrorToo: boolean) {
    const connections: FailingConnection[] = [];
    const pool = { connect: jest.fn(async () => connections[connections.push(new FailingConnection(emitErrorToo)) - 1]) };
    const dataSource = { driver: { master: pool } } as unknown as DataSource;
    const db = { callSystemFunction: async () => [] } as unknown as TenantDb;
    const config = loadConfig({ DATABASE_URL: 'postgres://x@localhost/x', APP_DATABASE_URL: 'postgres://x@localhost/x', REDIS_URL: 'redis://localhost:6379', JWT_SECRET: 'a-secret-that-is-long-enough-for-the-schema', OUTBOX_POLL_MS: '60000' });
    const relay = new OutboxRelay(db, {} as QueueProducer, config, dataSource);
    return { relay, pool, connections };
  }

  it.each([
    ['its LISTEN fails', false],
    ['its LISTEN fails and the connection reports the error too', true],
  ])('gives the connection back to the pool once and tries again once when %s', async (_, emitErrorToo) => {
    const { relay, pool, connections } = relayOver(emitErrorToo);
    relay.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    expect(pool.connect).toHaveBeenCalledTimes(1);
    expect(connections[0].release).toHaveBeenCalledTimes(1);
    expect(connections[0].release).toHaveBeenCalledWith(expect.any(Error));

    await jest.advanceTimersByTimeAsync(LISTEN_RETRY_MS);
    expect(pool.connect).toHaveBeenCalledTimes(2);
    expect(connections.map((connection) => connection.release.mock.calls.length)).toEqual([1, 1]);
    await relay.onModuleDestroy();
    await jest.advanceTimersByTimeAsync(LISTEN_RETRY_MS);
    expect(pool.connect).toHaveBeenCalledTimes(2);
  });
});
