import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole } from '@savoir/domain';
import type Redis from 'ioredis';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';
import type { Actor } from './access';

interface AccessTokenClaims {
  sub: string;
  mid: string;
  roles: string[];
  /** The session (refresh-token family) the token was issued for. */
  sid: string;
  /**
   * When it was issued, in milliseconds on Redis's clock (`iat` counts whole seconds on this replica's clock: too
   * coarse, and not the clock a revocation is stamped with).
   */
  iatMs: number;
}

/** A revocation outlives every token it ends by a margin for the replicas' clocks, which check `exp`. */
const CLOCK_MARGIN_SECONDS = 60;

/**
 * Short-lived signed access tokens (JWT, HS256) carrying who the user is, in which maison, with which roles, and
 * their revocation. A token is not waited out: signing out ends its session's tokens, and deactivation, a new
 * password or new roles end every token the user held, at once. Revocations live in Redis for the tokens' lifetime
 * (every API replica shares them; a token older than that has expired anyway) and cost one round trip per request.
 *
 * Issue and revocation instants are both read from Redis's clock, the one clock every replica shares: stamped by
 * two replicas' own clocks, a token issued just before a revocation by a replica a few milliseconds ahead would
 * outlive it, with the roles it was issued for.
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(actor: Actor, sessionId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const claims: AccessTokenClaims = { sub: actor.userId, mid: actor.maisonId, roles: actor.roles, sid: sessionId, iatMs: await this.sharedClockMs() };
    const token = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return { token, expiresAt: new Date(now.getTime() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The actor of a valid token, or null for a missing, expired, revoked, forged or malformed one. */
  async verify(token: string): Promise<Actor | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || typeof claims.mid !== 'string' || !Array.isArray(claims.roles) || typeof claims.sid !== 'string' || typeof claims.iatMs !== 'number') return null;
    const [sessionEnded, userTokensEndedAt] = await this.redis.mget(this.sessionKey(claims.sid), this.userKey(claims.sub));
    if (sessionEnded || (userTokensEndedAt && claims.iatMs <= Number(userTokensEndedAt))) return null;
    return { userId: claims.sub, maisonId: claims.mid, roles: claims.roles.filter(isRole) };
  }

  /** Ends the access tokens of one session (sign-out, a stolen refresh token). Call after the session's end commits. */
  async revokeSession(sessionId: string): Promise<void> {
    await this.redis.set(this.sessionKey(sessionId), '1', 'EX', this.revocationSeconds());
  }

  /**
   * Ends every access token the user holds (deactivation, a new password, new roles). Call after the change
   * commits: a session refreshed before then read the old state, and its token is ended too.
   */
  async revokeUser(userId: string): Promise<void> {
    await this.redis.set(this.userKey(userId), String(await this.sharedClockMs()), 'EX', this.revocationSeconds());
  }

  private async sharedClockMs(): Promise<number> {
    const [seconds, microseconds] = await this.redis.time();
    return Number(seconds) * 1000 + Math.floor(Number(microseconds) / 1000);
  }

  private revocationSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS + CLOCK_MARGIN_SECONDS;
  }

  private sessionKey(sessionId: string): string {
    return `${this.config.QUEUE_PREFIX}:revoked:session:${sessionId}`;
  }

  private userKey(userId: string): string {
    return `${this.config.QUEUE_PREFIX}:revoked:user:${userId}`;
  }
}
