import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import type Redis from 'ioredis';
import type { TenantDb } from '../database/tenant-db';
import { HealthController } from './health.controller';

describe('HealthController.ready', () => {
  it('answers 503 naming what is down, but not why: the error (hosts, ports) goes to the logs only', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const db = { ping: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.3.7:5432')) } as unknown as TenantDb;
    const redis = { ping: () => Promise.resolve('PONG') } as unknown as Redis;
    let status = 0;
    const res = { status: (code: number) => ((status = code), res) } as unknown as Response;
    try {
      const body = await new HealthController(db, redis).ready(res);
      expect(status).toBe(503);
      expect(body).toEqual({ status: 'unavailable', checks: { postgres: { status: 'down' }, redis: { status: 'up' } } });
      expect(warn).toHaveBeenCalledWith({ check: 'postgres', err: expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED') }) }, expect.any(String));
    } finally {
      warn.mockRestore();
    }
  });
});
