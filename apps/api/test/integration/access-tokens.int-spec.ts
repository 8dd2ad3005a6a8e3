import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import Redis from 'ioredis';
import { AccessTokens } from '../../src/core/auth/access-tokens';
import type { AppConfig } from '../../src/core/config/config';

describe('access token revocation (against Redis)', () => {
  let redis: Redis;
  let tokens: AccessTokens;
  const prefix = `savoir-tokens-${randomUUID()}`;
  const actor = () => ({ userId: randomUUID(), maisonId: randomUUID(), roles: ['ADMIN' as const] });
  /** An API replica whose clock is `skewMs` off. */
  const replicaNow = (skewMs: number) => new Date(Date.now() + skewMs);

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL as string);
    const config = { QUEUE_PREFIX: prefix, ACCESS_TOKEN_TTL_SECONDS: 900 } as AppConfig;
    tokens = new AccessTokens(new JwtService({ secret: 'a-secret-long-enough-for-hs256-signing-here', signOptions: { algorithm: 'HS256' } }), redis, config);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('ends a token issued just before the revocation by a replica whose clock runs ahead', async () => {
    const admin = actor();
    const { token } = await tokens.issue(admin, randomUUID(), replicaNow(5_000));
    expect(await tokens.verify(token)).toMatchObject({ userId: admin.userId });

    await tokens.revokeUser(admin.userId);
    expect(await tokens.verify(token)).toBeNull();
  });

  it('keeps a token issued after the revocation by a replica whose clock runs behind', async () => {
    const admin = actor();
    await tokens.revokeUser(admin.userId);
    await new Promise((resolve) => setTimeout(resolve, 5));

    const { token } = await tokens.issue(admin, randomUUID(), replicaNow(-5_000));
    expect(await tokens.verify(token)).toMatchObject({ userId: admin.userId, roles: ['ADMIN'] });
  });

  it('ends only the tokens of the session signed out', async () => {
    const advisor = actor();
    const [phone, tablet] = [randomUUID(), randomUUID()];
    const [onPhone, onTablet] = [await tokens.issue(advisor, phone, new Date()), await tokens.issue(advisor, tablet, new Date())];
    await tokens.revokeSession(phone);
    expect(await tokens.verify(onPhone.token)).toBeNull();
    expect(await tokens.verify(onTablet.token)).toMatchObject({ userId: advisor.userId });
  });
});
