import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type ApiErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'LOGIN_RATE_LIMITED'
  | 'MAISON_REQUIRED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SESSION_EXPIRED'
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'EMAIL_TAKEN'
  | 'NAME_TAKEN'
  | 'CODE_TAKEN'
  | 'PREREQUISITE_CYCLE'
  | 'INVALID_TRANSITION'
  | 'FOUR_EYES_REQUIRED'
  | 'CONTENT_IN_REVIEW'
  | 'EDIT_CONFLICT'
  | 'MODULE_NOT_READY'
  | 'ONBOARDING_TAKEN'
  | 'PACKAGE_INVALID'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR';

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'INVALID_CREDENTIALS',
  'LOGIN_RATE_LIMITED',
  'MAISON_REQUIRED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SESSION_EXPIRED',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'EMAIL_TAKEN',
  'NAME_TAKEN',
  'CODE_TAKEN',
  'PREREQUISITE_CYCLE',
  'INVALID_TRANSITION',
  'FOUR_EYES_REQUIRED',
  'CONTENT_IN_REVIEW',
  'EDIT_CONFLICT',
  'MODULE_NOT_READY',
  'ONBOARDING_TAKEN',
  'PACKAGE_INVALID',
  'BAD_REQUEST',
  'INTERNAL_SERVER_ERROR',
]);

export interface FieldIssue {
  field: string;
  message: string;
}

/** The first `extensions.code` of a GraphQL error, or null for network and unknown errors. */
export function apiErrorCode(error: unknown): ApiErrorCode | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const item of error.errors) {
    const code = item.extensions?.['code'];
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return code as ApiErrorCode;
  }
  return null;
}

/** The skill codes of the loop a PREREQUISITE_CYCLE error names (`extensions.cycle`), or null. */
export function prerequisiteCycle(error: unknown): string[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const cycle = error.errors.find((item) => item.extensions?.['code'] === 'PREREQUISITE_CYCLE')?.extensions?.['cycle'];
  return Array.isArray(cycle) && cycle.every((code) => typeof code === 'string') ? (cycle as string[]) : null;
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['field'] === 'string' && typeof candidate['message'] === 'string';
}

/**
 * Field errors from a VALIDATION_FAILED error (`extensions.issues: [{ field, message }]`), keyed by the last path
 * segment (`input.email` → `email`). The first message per field wins.
 */
export function fieldIssues(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return result;
  for (const item of error.errors) {
    const issues = item.extensions?.['issues'];
    if (!Array.isArray(issues)) continue;
    for (const issue of issues) {
      if (!isFieldIssue(issue)) continue;
      const key = issue.field.split('.').pop() ?? issue.field;
      if (!(key in result)) result[key] = issue.message;
    }
  }
  return result;
}

/** Every `extensions.issues` entry, with its full path (`blocks[2].alt`), in the API's order. */
export function issueList(error: unknown): FieldIssue[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((item) => {
    const issues = item.extensions?.['issues'];
    return Array.isArray(issues) ? issues.filter(isFieldIssue).map(({ field, message }) => ({ field, message })) : [];
  });
}

/** The message of the first GraphQL error (the API's own wording), or null. */
export function apiErrorMessage(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors[0]?.message ?? null;
}
