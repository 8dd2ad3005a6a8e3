import type { Request, Response } from 'express';
import type { AppConfig } from '../../core/config/config';

export const SESSION_COOKIE = 'savoir_session';

/** The refresh token as the browser holds it: httpOnly, sent only to /graphql, never readable by scripts. */
export function setSessionCookie(res: Response, value: string, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, value, {
    httpOnly: true,
    secure: config.COOKIE_SECURE,
    sameSite: 'lax',
    path: '/graphql',
    maxAge: config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: config.COOKIE_SECURE, sameSite: 'lax', path: '/graphql' });
}

export function readSessionCookie(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' ? value : undefined;
}
