export const ROLES = ['ADVISOR', 'AUTHOR', 'HR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const COHORT_KINDS = ['PILOT', 'CONTROL', 'STANDARD'] as const;
export type CohortKind = (typeof COHORT_KINDS)[number];

/** The four spaces of the app, each opened by one role. */
export const SPACES = ['learn', 'studio', 'insights', 'admin'] as const;
export type Space = (typeof SPACES)[number];

const SPACE_ROLE: Record<Space, Role> = { learn: 'ADVISOR', studio: 'AUTHOR', insights: 'HR', admin: 'ADMIN' };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Spaces a user may open, in the order the shell shows them. */
export function spacesFor(roles: readonly Role[]): Space[] {
  return SPACES.filter((space) => roles.includes(SPACE_ROLE[space]));
}

/** Where a user lands after signing in: the first space their roles open, or none. */
export function landingSpace(roles: readonly Role[]): Space | null {
  return spacesFor(roles)[0] ?? null;
}
