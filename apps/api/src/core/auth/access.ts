import { SetMetadata } from '@nestjs/common';
import type { Role } from '@savoir/domain';

export const ACCESS_RULE = 'savoir:access-rule';

/** Who may call an operation. Every query, mutation and route declares one; none means nobody (deny by default). */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not (login, health). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whatever their roles (their own profile). */
export const Authenticated = () => SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

/** The signed-in user on whose behalf an operation runs. */
export interface Actor {
  userId: string;
  maisonId: string;
  roles: Role[];
}
