import { Controller, Get, HttpCode, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { Public } from '../auth/access';
import { TenantDb } from '../database/tenant-db';
import { REDIS } from '../redis/redis.module';

type CheckResult = { status: 'up' | 'down' };

const logger = new Logger('Health');

/** Whether `probe` answers in time. Why it did not goes to the logs, not to the anonymous caller (hosts, ports). */
async function check(name: string, probe: () => Promise<unknown>, timeoutMs = 2000): Promise<CheckResult> {
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))]);
    return { status: 'up' };
  } catch (error) {
    logger.warn({ check: name, err: error }, `${name} is not ready`);
    return { status: 'down' };
  }
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly db: TenantDb,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The process is alive (no dependency checked: a restart would not fix Postgres). */
  @Public()
  @Get('live')
  @HttpCode(HttpStatus.OK)
  live() {
    return { status: 'ok' };
  }

  /** Ready to serve: Postgres and Redis both answer. 503 otherwise, naming what is down. */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([check('postgres', () => this.db.ping()), check('redis', () => this.redis.ping())]);
    const ok = postgres.status === 'up' && redis.status === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'unavailable', checks: { postgres, redis } };
  }
}
