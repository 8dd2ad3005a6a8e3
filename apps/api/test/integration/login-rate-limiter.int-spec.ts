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
    limiter = new LoginRateLimiter(redis, { QUEUE_PREFIX: prefix, LOGIN_WINDOW_SECONDS: 60, LOGIN_ATTEMPTS_PER_EMAIL: 3, LOGIN_ATTEMPTS_PER_ACCOUNT: 6, LOGIN_ATTEMPTS_PER_IP: 10 } as AppConfig);
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
    // Failures still do: the eleventh within the window is refused, with the seconds to wait.
    for (let i = 0; i < 10; i++) expect(await limiter.consume(`guess-${i}@savoir.test`, boutique)).toBeNull();
    expect(await limiter.consume('guess-10@savoir.test', boutique)).toEqual(expect.any(Number));
  });

  it('limits one address’s attempts on one email, and a success clears them', async () => {
    const office = '198.51.100.1';
    for (let i = 0; i < 2; i++) expect(await limiter.consume('ines@savoir.test', office)).toBeNull();
    expect(await limiter.consume('ines@savoir.test', office)).toBeNull();
    await limiter.succeeded('ines@savoir.test', office);
    for (let i = 0; i < 3; i++) expect(await limiter.consume('ines@savoir.test', office)).toBeNull();
    expect(await limiter.consume('ines@savoir.test', office)).toEqual(expect.any(Number));
  });

  it('does not let a stranger lock the owner out: their failures stop them, not the owner signing in from elsewhere', async () => {
    const stranger = '192.0.2.66';
    for (let i = 0; i < 3; i++) expect(await limiter.consume('camille@savoir.test', stranger)).toBeNull();
    expect(await limiter.consume('camille@savoir.test', stranger)).toEqual(expect.any(Number));
    expect(await limiter.consume('camille@savoir.test', '198.51.100.20')).toBeNull();
  });

  it('caps the guesses on one email spread over many addresses', async () => {
    // Two attempts from each address stay under the per-address limit; the account's ceiling (6) still holds.
    for (let i = 0; i < 6; i++) expect(await limiter.consume('hugo@savoir.test', `192.0.2.${100 + Math.floor(i / 2)}`)).toBeNull();
    expect(await limiter.consume('hugo@savoir.test', '192.0.2.200')).toEqual(expect.any(Number));
  });

  it('keeps keys of a fixed length, naming neither the email nor the address, however long what was typed', async () => {
    const long = `${'x'.repeat(5000)}@savoir.test`;
    expect(await limiter.consume(long, '203.0.113.99')).toBeNull();
    const keys = await redis.keys(`${prefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThan(prefix.length + 80);
    expect(keys.some((key) => key.includes('savoir.test') || key.includes('203.0.113'))).toBe(false);
  });
});
