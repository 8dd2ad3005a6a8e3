import type { TFunction } from 'i18next';

/**
 * A problem the API reports about one field of an input (`extensions.issues`, an import's rows): a stable `code` with
 * the `params` its wording names, and `message`, the same problem in English.
 */
export interface ApiIssue {
  field: string;
  code: string;
  params?: Readonly<Record<string, unknown>> | null;
  message: string;
}

/**
 * An issue in the interface language: the translation of its code (`issues.<CODE>`, with its params), or the API's
 * English message for a code this app does not know yet (an API newer than the app). Every issue shown goes through
 * here. Params are passed as `replace`, so one named like an i18next option (`count`, `context`) stays a value.
 */
export function issueText(t: TFunction, issue: Pick<ApiIssue, 'code' | 'params' | 'message'>): string {
  if (!issue.code) return issue.message;
  return t(`issues.${issue.code}`, { replace: { ...issue.params }, defaultValue: issue.message });
}
