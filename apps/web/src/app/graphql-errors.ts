import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { issueText, type ApiIssue } from './issue-text';

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

export type FieldIssue = ApiIssue;

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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An `extensions.issues` entry as this app reads it: field and message are needed; an issue without a code (an API
 * older than codes) keeps an empty one, so it is shown in its English message.
 */
export function readIssue(value: unknown): FieldIssue | null {
  if (!isRecord(value) || typeof value['field'] !== 'string' || typeof value['message'] !== 'string') return null;
  const { field, code, params, message } = value;
  return { field, code: typeof code === 'string' ? code : '', params: isRecord(params) ? params : null, message };
}

/**
 * Field errors from a VALIDATION_FAILED error (`extensions.issues: [{ field, code, params, message }]`), in the
 * interface language (`issueText`), keyed by the last path segment (`input.email` → `email`). The first issue per
 * field wins.
 */
export function fieldIssues(t: TFunction, error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of issueList(error)) {
    const key = issue.field.split('.').pop() ?? issue.field;
    if (!(key in result)) result[key] = issueText(t, issue);
  }
  return result;
}

/** Every `extensions.issues` entry, with its full path (`blocks[2].alt`), in the API's order: show each with `issueText`. */
export function issueList(error: unknown): FieldIssue[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((item) => {
    const issues = item.extensions?.['issues'];
    return Array.isArray(issues) ? issues.flatMap((issue) => readIssue(issue) ?? []) : [];
  });
}

/**
 * What an error's issues say, in the interface language, one after the other ("heritage.q-year is not published;
 * …"): what a refusal that names no form field (a module not ready, a draft incomplete) gives as its reasons. Empty
 * when it has none.
 */
export function issuesText(t: TFunction, error: unknown): string {
  return issueList(error)
    .map((issue) => issueText(t, issue))
    .join('; ');
}
