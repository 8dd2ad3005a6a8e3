import { decideRefresh } from './refresh-token';

const now = new Date('2026-11-23T10:00:00Z');
const later = new Date('2026-12-23T10:00:00Z');

describe('refresh token decision', () => {
  it('rotates a live token', () => {
    expect(decideRefresh({ expiresAt: later, rotatedAt: null, revokedAt: null }, now)).toBe('ROTATE');
  });

  it('detects the reuse of a token already rotated', () => {
    expect(decideRefresh({ expiresAt: later, rotatedAt: now, revokedAt: null }, now)).toBe('REUSED');
  });

  it('refuses a revoked family before anything else', () => {
    expect(decideRefresh({ expiresAt: later, rotatedAt: now, revokedAt: now }, now)).toBe('REVOKED');
  });

  it('refuses an expired token at its expiry instant', () => {
    expect(decideRefresh({ expiresAt: now, rotatedAt: null, revokedAt: null }, now)).toBe('EXPIRED');
  });
});
