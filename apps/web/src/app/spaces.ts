import type { Role } from '../generated/graphql';

export type Space = 'learn' | 'studio' | 'insights' | 'admin';

/** The order matters: a user lands in the first space their roles open. */
export const SPACES: ReadonlyArray<{ space: Space; role: Role; path: string }> = [
  { space: 'learn', role: 'ADVISOR', path: '/learn' },
  { space: 'studio', role: 'AUTHOR', path: '/studio' },
  { space: 'insights', role: 'HR', path: '/insights' },
  { space: 'admin', role: 'ADMIN', path: '/admin' },
];

export function spacesFor(roles: ReadonlyArray<Role>): Space[] {
  return SPACES.filter((entry) => roles.includes(entry.role)).map((entry) => entry.space);
}

export function canOpen(roles: ReadonlyArray<Role>, space: Space): boolean {
  return spacesFor(roles).includes(space);
}

export function pathOf(space: Space): string {
  return SPACES.find((entry) => entry.space === space)?.path ?? '/';
}

/** The landing path of a user, or null when their roles open no space. */
export function landingPathFor(roles: ReadonlyArray<Role>): string | null {
  const [first] = spacesFor(roles);
  return first ? pathOf(first) : null;
}

/** The origin in-app paths are resolved against: any URL that leaves it is not one of the app's. */
const APP_ORIGIN = 'https://savoir.invalid';

/**
 * Where a user goes once signed in: `from` (where they were going when the session ended, as the guard keeps it)
 * when it is a path inside the app, in a space their roles open; otherwise their landing space. Never a URL of
 * another site (`https://…`, `//host`, `/\host`), nor a scheme such as `javascript:`.
 */
export function pathAfterSignIn(from: unknown, roles: ReadonlyArray<Role>): string {
  const landing = landingPathFor(roles) ?? '/';
  if (typeof from !== 'string' || !from.startsWith('/')) return landing;
  let url: URL;
  try {
    url = new URL(from, APP_ORIGIN);
  } catch {
    return landing;
  }
  if (url.origin !== APP_ORIGIN) return landing;
  const space = SPACES.find((entry) => url.pathname === entry.path || url.pathname.startsWith(`${entry.path}/`));
  return space && canOpen(roles, space.space) ? `${url.pathname}${url.search}${url.hash}` : landing;
}
