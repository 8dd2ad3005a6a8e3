import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isRole } from '@savoir/domain';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { Actor } from './access';

interface AccessTokenClaims {
  sub: string;
  mid: string;
  roles: string[];
}

/** Short-lived signed access tokens (JWT, HS256) carrying who the user is, in which maison, with which roles. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(actor: Actor, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const claims: AccessTokenClaims = { sub: actor.userId, mid: actor.maisonId, roles: actor.roles };
    const token = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    return { token, expiresAt: new Date(now.getTime() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The actor of a valid token, or null for a missing, expired, forged or malformed one. */
  async verify(token: string): Promise<Actor | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string' || typeof claims.mid !== 'string' || !Array.isArray(claims.roles)) return null;
      return { userId: claims.sub, maisonId: claims.mid, roles: claims.roles.filter(isRole) };
    } catch {
      return null;
    }
  }
}
