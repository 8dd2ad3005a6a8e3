import { issue, type FieldIssue, type RowIssue } from '@savoir/domain';

/**
 * Every error code a client can receive, with the category that decides how it is reported. Adding a code here
 * is the only step needed for it to reach clients as `extensions.code`.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  SESSION_EXPIRED: 'UNAUTHENTICATED',
  REFRESH_TOKEN_REUSED: 'UNAUTHENTICATED',
  LOGIN_RATE_LIMITED: 'RATE_LIMITED',
  MAISON_REQUIRED: 'BAD_USER_INPUT',
  VALIDATION_FAILED: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  EMAIL_TAKEN: 'CONFLICT',
  NAME_TAKEN: 'CONFLICT',
  CODE_TAKEN: 'CONFLICT',
  PREREQUISITE_CYCLE: 'BAD_USER_INPUT',
  INVALID_TRANSITION: 'CONFLICT',
  FOUR_EYES_REQUIRED: 'FORBIDDEN',
  CONTENT_IN_REVIEW: 'CONFLICT',
  EDIT_CONFLICT: 'CONFLICT',
  MODULE_NOT_READY: 'BAD_USER_INPUT',
  ONBOARDING_TAKEN: 'CONFLICT',
  PACKAGE_INVALID: 'BAD_USER_INPUT',
  ANSWER_INVALID: 'BAD_USER_INPUT',
  VERSION_NOT_PUBLISHED: 'BAD_USER_INPUT',
  ATTEMPT_CONFLICT: 'CONFLICT',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
export type ErrorCategory = (typeof ERROR_CODES)[ErrorCode];

export interface DomainErrorDetails {
  issues?: FieldIssue[] | RowIssue[];
  retryAfterSeconds?: number;
  /** PREREQUISITE_CYCLE: the skill codes of the loop, first code repeated last, for clients to phrase. */
  cycle?: string[];
}

/** What services throw. Never an HTTP exception: the transport is decided in one filter. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(issues: FieldIssue[]): DomainError {
    const summary = issues.map((issue) => `${issue.field} ${issue.message}`).join('; ');
    return new DomainError('VALIDATION_FAILED', `Invalid input: ${summary}`, { issues });
  }

  /** Throws VALIDATION_FAILED naming every issue, if there is any. */
  static assertValid(issues: FieldIssue[]): void {
    if (issues.length) throw DomainError.validation(issues);
  }

  /** A unique value already used in the maison: the field is named so the form can show it there. */
  static taken(code: 'EMAIL_TAKEN' | 'NAME_TAKEN' | 'CODE_TAKEN', what: string, field: string): DomainError {
    return new DomainError(code, `${what} already exists.`, { issues: [issue(field, 'ALREADY_USED')] });
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} was not found`);
  }
}
