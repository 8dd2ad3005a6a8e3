import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { LoginRateLimiter } from '../../src/core/auth/login-rate-limiter';
import type { AppConfig } from '../../src/core/config/config';

describe('sign-in limits (against Redis)', () => {
  let redis: Redis;
  let limiter: LoginRateLimiter;
  const prefix = `savoir-limits-${randomUUID()}`;

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL as string);
    limiter = new LoginRateLimiter(redis, { QUEUE_PREFIX: prefix, LOGIN_WINDOW_SECONDS: 60, LOGIN_ATTEMPTS_PER_EMAIL: 3, LOGIN_ATTEMPTS_PER_IP: 3 } as AppConfig);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('lets a boutique behind one address sign many people in: only failures count towards its limit', async () => {
    const boutique = '203.0.113.7';
    for (let i = 0; i < 10; i++) {
      const email = `advisor-${i}@savoir.test`;
      expect(await limiter.consume(email, boutique)).toBeNull();
      await limiter.succeeded(email, boutique);
    }
    // Failures still do: the fourth within the window is refused, with the seconds to wait.
    for (let i = 0; i < 3; i++) expect(await limiter.consume(`guess-${i}@savoir.test`, boutique)).toBeNull();
    expect(await limiter.consume('guess-3@savoir.test', boutique)).toEqual(expect.any(Number));
  });

  it('limits the attempts on one email, and a success clears them', async () => {
    const office = '198.51.100.1';
    for (let i = 0; i < 2; i++) expect(await limiter.consume('ines@savoir.test', `${office}${i}`)).toBeNull();
    await limiter.succeeded('ines@savoir.test', `${office}1`);
    for (let i = 0; i < 3; i++) expect(await limiter.consume('ines@savoir.test', `${office}${i + 2}`)).toBeNull();
    expect(await limiter.consume('ines@savoir.test', `${office}9`)).toEqual(expect.any(Number));
  });
});
