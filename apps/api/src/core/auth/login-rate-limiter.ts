import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';

/**
 * Fixed-window sign-in limits, counted in Redis so every API replica shares them, and checked before any password
 * hash is computed (hashing is the expensive part an attacker would exploit):
 * - per email and address: one address guessing one account is stopped soon (`LOGIN_ATTEMPTS_PER_EMAIL`), and
 *   cannot lock the owner out, who signs in from their own;
 * - per email from every address: a ceiling on guesses spread over many addresses (`LOGIN_ATTEMPTS_PER_ACCOUNT`),
 *   high enough that locking an owner out takes that many addresses' worth of failures;
 * - per address: one address guessing many accounts (`LOGIN_ATTEMPTS_PER_IP`).
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
    const keys = this.keys(email, ip);
    const limits: Array<[string, number]> = [
      [keys.emailAtIp, this.config.LOGIN_ATTEMPTS_PER_EMAIL],
      [keys.email, this.config.LOGIN_ATTEMPTS_PER_ACCOUNT],
      [keys.ip, this.config.LOGIN_ATTEMPTS_PER_IP],
    ];
    const pipeline = this.redis.multi();
    for (const [key] of limits) pipeline.incr(key).expire(key, window, 'NX').ttl(key);
    const replies = (await pipeline.exec()) ?? [];
    let retryAfter: number | null = null;
    limits.forEach(([, limit], index) => {
      const count = Number(replies[index * 3]?.[1]);
      const ttl = Number(replies[index * 3 + 2]?.[1]);
      if (count > limit) retryAfter = Math.max(retryAfter ?? 0, ttl > 0 ? ttl : window);
    });
    return retryAfter;
  }

  /**
   * A successful sign-in clears its address's failures on the email, and takes its own attempt off the other two
   * counters: a boutique or a training room behind one address signs many people in, and only failures should
   * bring anything to its limit.
   */
  async succeeded(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.redis.multi().del(keys.emailAtIp).decr(keys.email).decr(keys.ip).exec();
  }

  /** Keys of a fixed length, whatever was typed: a digest of the email and address, never them (nor their size). */
  private keys(email: string, ip: string) {
    const prefix = `${this.config.QUEUE_PREFIX}:login`;
    const digest = (value: string) => createHash('sha256').update(value).digest('base64url');
    return { emailAtIp: `${prefix}:email-ip:${digest(`${email}\n${ip}`)}`, email: `${prefix}:email:${digest(email)}`, ip: `${prefix}:ip:${digest(ip)}` };
  }
}
