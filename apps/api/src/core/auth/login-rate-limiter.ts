import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';

/**
 * Fixed-window login limits per email and per client IP, counted in Redis so every API replica shares them.
 * Checked before any password hash is computed: hashing is the expensive part an attacker would exploit.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one attempt; returns the seconds to wait when a limit is exceeded, else null. */
  async consume(email: string, ip: string): Promise<number | null> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    const keys: Array<[string, number]> = [
      [`${this.config.QUEUE_PREFIX}:login:email:${email}`, this.config.LOGIN_ATTEMPTS_PER_EMAIL],
      [`${this.config.QUEUE_PREFIX}:login:ip:${ip}`, this.config.LOGIN_ATTEMPTS_PER_IP],
    ];
    const pipeline = this.redis.multi();
    for (const [key] of keys) pipeline.incr(key).expire(key, window, 'NX').ttl(key);
    const replies = (await pipeline.exec()) ?? [];
    let retryAfter: number | null = null;
    keys.forEach(([, limit], index) => {
      const count = Number(replies[index * 3]?.[1]);
      const ttl = Number(replies[index * 3 + 2]?.[1]);
      if (count > limit) retryAfter = Math.max(retryAfter ?? 0, ttl > 0 ? ttl : window);
    });
    return retryAfter;
  }

  /**
   * A successful sign-in clears the email's counter and takes its own attempt off the address's: a boutique or a
   * training room behind one address signs many people in, and only failures should bring it to its limit.
   */
  async succeeded(email: string, ip: string): Promise<void> {
    const ipKey = `${this.config.QUEUE_PREFIX}:login:ip:${ip}`;
    await this.redis.multi().del(`${this.config.QUEUE_PREFIX}:login:email:${email}`).decr(ipKey).exec();
  }
}
