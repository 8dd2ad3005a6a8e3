import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { QueueName } from '../../src/core/queue/jobs';
import { bullConnection } from '../../src/core/queue/queue-connection';
import { TenantFactory } from '../factories/tenant.factory';
import { startApi, startWorker, type RunningApi } from './test-app';

/**
 * Runs the real API and a tenant factory for the whole describe block, handing both to the suite once started:
 *   let api: RunningApi; let factory: TenantFactory;
 *   withRunningApi((started, tenants) => { api = started; factory = tenants; });
 */
export function withRunningApi(ready: (api: RunningApi, factory: TenantFactory) => void): void {
  let api: RunningApi;
  let factory: TenantFactory;
  beforeAll(async () => {
    [api, factory] = await Promise.all([startApi(), TenantFactory.open()]);
    ready(api, factory);
  });
  afterAll(async () => {
    await Promise.all([api?.close(), factory?.close()]);
  });
}

/**
 * The real API, a real worker process's modules, a tenant factory and a handle on one of the worker's queues (to wait
 * for it to settle), for the whole describe block:
 *   withRunningWorker('adaptive', (started) => ({ api, worker, factory, queue } = started));
 */
export function withRunningWorker(queueName: QueueName, ready: (suite: { api: RunningApi; worker: INestApplicationContext; factory: TenantFactory; queue: Queue }) => void): void {
  let api: RunningApi;
  let worker: INestApplicationContext;
  let factory: TenantFactory;
  let queue: Queue;
  beforeAll(async () => {
    [api, worker, factory] = await Promise.all([startApi(), startWorker(), TenantFactory.open()]);
    queue = new Queue(queueName, { connection: bullConnection(process.env.REDIS_URL as string), prefix: process.env.QUEUE_PREFIX });
    ready({ api, worker, factory, queue });
  });
  afterAll(async () => {
    await queue?.close();
    await Promise.all([api?.close(), worker?.close(), factory?.close()]);
  });
}
