import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { decideRefresh, EMAIL_MAX_LENGTH, issue, normalizeEmail, PASSWORD_MAX_LENGTH } from '@savoir/domain';
import { IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/access';
import { AccessTokens } from '../../core/auth/access-tokens';
import { LoginRateLimiter } from '../../core/auth/login-rate-limiter';
import { verifyAgainstDummy, verifyPassword } from '../../core/auth/password';
import type { AppConfig } from '../../core/config/config';
import { APP_CONFIG } from '../../core/config/config.module';
import { isUuid } from '../../core/database/find-or-fail';
import { TenantDb } from '../../core/database/tenant-db';
import { DomainError } from '../../core/errors/domain-error';
import { MaisonEntity } from '../organisation/entities/maison.entity';
import type { LoginInput } from './dtos/identity.input';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';

export interface Session {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
  maison: MaisonEntity;
  /** The next refresh token, to be set as the session cookie. */
  refreshCookie: string;
}

interface LoginRow {
  user_id: string;
  maison_id: string;
  password_hash: string | null;
  active: boolean;
}

const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', 'The email or password is incorrect.');
const sessionExpired = () => new DomainError('SESSION_EXPIRED', 'Your session has ended. Please sign in again.');

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * Sessions are opened and rotated under a share lock on their user's row, and closed under an update lock: a
 * revocation waits for a refresh in flight to commit its new token and then revokes that one too (a single UPDATE
 * would miss a row committed after its snapshot), and a refresh waiting on a revocation finds its token revoked.
 * The user's row is always locked before any of their tokens.
 */
function lockUser(manager: EntityManager, userId: string, mode: 'pessimistic_read' | 'pessimistic_write'): Promise<UserEntity | null> {
  return manager.findOne(UserEntity, { where: { id: userId }, lock: { mode } });
}

/**
 * Sign-in, session refresh and sign-out. A session is a family of refresh tokens; each refresh rotates the token,
 * and presenting an already-rotated token (a sign it was stolen) revokes the whole family.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDb,
    private readonly accessTokens: AccessTokens,
    private readonly rateLimiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(input: LoginInput, clientIp: string, now: Date): Promise<Session> {
    const email = normalizeEmail(input.email);
    // Longer than any account's: refused before anything is counted or hashed.
    DomainError.assertValid([
      ...(email.length > EMAIL_MAX_LENGTH ? [issue('email', 'TOO_LONG', { max: EMAIL_MAX_LENGTH })] : []),
      ...(input.password.length > PASSWORD_MAX_LENGTH ? [issue('password', 'TOO_LONG', { max: PASSWORD_MAX_LENGTH })] : []),
    ]);
    const retryAfterSeconds = await this.rateLimiter.consume(email, clientIp);
    if (retryAfterSeconds !== null) {
      throw new DomainError('LOGIN_RATE_LIMITED', 'Too many sign-in attempts. Please wait before trying again.', { retryAfterSeconds });
    }

    const rows = await this.db.callSystemFunction<LoginRow>('SELECT * FROM savoir_find_login($1, $2)', [email, input.maison?.trim() || null]);
    if (rows.length > 1) {
      // Only someone who knows a password of this email learns that it belongs to several maisons.
      const known = await Promise.all(rows.map((candidate) => (candidate.password_hash && candidate.active ? verifyPassword(candidate.password_hash, input.password) : verifyAgainstDummy(input.password).then(() => false))));
      if (!known.includes(true)) throw invalidCredentials();
      throw new DomainError('MAISON_REQUIRED', 'This email belongs to several maisons: please name yours.');
    }
    const [row] = rows;
    if (!row?.password_hash || !row.active) {
      await verifyAgainstDummy(input.password);
      throw invalidCredentials();
    }
    if (!(await verifyPassword(row.password_hash, input.password))) throw invalidCredentials();
    await this.rateLimiter.succeeded(email, clientIp);

    return this.db.run(row.maison_id, async (manager) => {
      // The password checked is still the account's, and the account still active: a new password or a
      // deactivation that committed meanwhile closed every session, and this one must not open after it.
      const user = await lockUser(manager, row.user_id, 'pessimistic_read');
      if (!user?.active || user.passwordHash !== row.password_hash) throw invalidCredentials();
      return this.openSession(manager, user, randomUUID(), now);
    });
  }

  async refresh(cookie: string | undefined, now: Date): Promise<Session> {
    const parsed = parseCookie(cookie);
    if (!parsed) throw sessionExpired();
    const outcome = await this.db.run(parsed.maisonId, async (manager) => {
      const presented = await manager.findOneBy(RefreshTokenEntity, { id: parsed.tokenId });
      if (!presented || !timingSafeEqual(Buffer.from(presented.secretHash, 'hex'), sha256(parsed.secret))) return 'INVALID' as const;
      // The user's row first, then the token, read again under its lock: it may have been rotated or revoked since.
      const user = await lockUser(manager, presented.userId, 'pessimistic_read');
      const token = await manager.findOneOrFail(RefreshTokenEntity, { where: { id: presented.id }, lock: { mode: 'pessimistic_write' } });
      const decision = decideRefresh(token, now);
      if (decision === 'REUSED') {
        await this.revokeFamily(manager, token.familyId, now);
        return { reusedSession: token.familyId };
      }
      if (decision !== 'ROTATE') return 'INVALID' as const;
      if (!user?.active) {
        await this.revokeFamily(manager, token.familyId, now);
        return 'INVALID' as const;
      }
      await manager.update(RefreshTokenEntity, { id: token.id }, { rotatedAt: now });
      return this.openSession(manager, user, token.familyId, now);
    });
    // Thrown after the transaction so the revocation above is committed.
    if (outcome === 'INVALID') throw sessionExpired();
    if ('reusedSession' in outcome) {
      await this.accessTokens.revokeSession(outcome.reusedSession);
      throw new DomainError('REFRESH_TOKEN_REUSED', 'This session was used from elsewhere and has been closed. Please sign in again.');
    }
    return outcome;
  }

  /** Ends the cookie's session, its access tokens too. Always succeeds: signing out twice, or with no session, is not an error. */
  async logout(cookie: string | undefined, now: Date): Promise<void> {
    const parsed = parseCookie(cookie);
    if (!parsed) return;
    const ended = await this.db.run(parsed.maisonId, async (manager) => {
      const token = await manager.findOneBy(RefreshTokenEntity, { id: parsed.tokenId });
      if (!token || !timingSafeEqual(Buffer.from(token.secretHash, 'hex'), sha256(parsed.secret))) return null;
      await lockUser(manager, token.userId, 'pessimistic_write');
      await this.revokeFamily(manager, token.familyId, now);
      return token.familyId;
    });
    if (ended) await this.accessTokens.revokeSession(ended);
  }

  /**
   * Closes every session of a user (deactivation, a new password), in the caller's transaction. Their access tokens
   * are ended by `AccessTokens.revokeUser` once it commits.
   */
  async revokeAllSessions(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await lockUser(manager, userId, 'pessimistic_write');
    await manager.update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: now });
  }

  private async revokeFamily(manager: EntityManager, familyId: string, now: Date) {
    await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: now });
  }

  private async openSession(manager: EntityManager, user: UserEntity, familyId: string, now: Date): Promise<Session> {
    const secret = randomBytes(32).toString('base64url');
    const token = manager.create(RefreshTokenEntity, {
      maisonId: user.maisonId,
      userId: user.id,
      familyId,
      secretHash: sha256(secret).toString('hex'),
      expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000),
    });
    await manager.insert(RefreshTokenEntity, token);
    const maison = await manager.findOneByOrFail(MaisonEntity, { id: user.maisonId });
    const actor: Actor = { userId: user.id, maisonId: user.maisonId, roles: user.roles };
    const access = await this.accessTokens.issue(actor, familyId, now);
    return { accessToken: access.token, expiresAt: access.expiresAt, user, maison, refreshCookie: `${user.maisonId}.${token.id}.${secret}` };
  }
}

function parseCookie(cookie: string | undefined): { maisonId: string; tokenId: string; secret: string } | null {
  const [maisonId, tokenId, secret, ...rest] = (cookie ?? '').split('.');
  if (rest.length || !maisonId || !tokenId || !secret || !isUuid(maisonId) || !isUuid(tokenId)) return null;
  return { maisonId, tokenId, secret };
}
