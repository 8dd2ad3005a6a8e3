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
