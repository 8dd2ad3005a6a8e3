/** What the server knows of a presented refresh token. */
export interface RefreshTokenState {
  expiresAt: Date;
  /** Set when this token was exchanged for a newer one of the same family. */
  rotatedAt: Date | null;
  /** Set when the family was revoked (logout, reuse detected, user deactivated). */
  revokedAt: Date | null;
}

/**
 * ROTATE: issue the next token of the family. REUSED: a token already rotated was presented again, the sign of
 * a stolen token, so the whole family must be revoked. REVOKED and EXPIRED: refuse, nothing to revoke.
 */
export type RefreshDecision = 'ROTATE' | 'REUSED' | 'REVOKED' | 'EXPIRED';

export function decideRefresh(token: RefreshTokenState, now: Date): RefreshDecision {
  if (token.revokedAt) return 'REVOKED';
  if (token.rotatedAt) return 'REUSED';
  if (token.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ROTATE';
}
