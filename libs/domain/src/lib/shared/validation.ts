import { ISSUE_MESSAGES } from './issue-messages';

export { ISSUE_MESSAGES } from './issue-messages';

/** A problem's stable code: what clients translate. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;
/** What `issue()` takes after the code: the parameters its message names, or nothing. */
export type IssueArgs<C extends IssueCode> = Parameters<(typeof ISSUE_MESSAGES)[C]>;
export type IssueParams = Readonly<Record<string, string | number>>;

export const ISSUE_CODES = Object.keys(ISSUE_MESSAGES) as IssueCode[];

/**
 * A problem with one field of one input, in words a person can act on: `code` and `params` for a client to word it
 * in its user's language, `message` the English of the catalogue (`ISSUE_MESSAGES`).
 */
export interface FieldIssue {
  field: string;
  code: IssueCode;
  params?: IssueParams;
  message: string;
}

/** A problem with one row of an imported file. Rows are numbered as a spreadsheet shows them (header = 1). */
export interface RowIssue extends FieldIssue {
  row: number;
}

/** The English of a code with its parameters. */
export function issueMessage<C extends IssueCode>(code: C, ...params: IssueArgs<C>): string {
  return (ISSUE_MESSAGES[code] as (...args: IssueArgs<C>) => string)(...params);
}

/** The issue of `field`: `issue('displayName', 'TOO_LONG', { max: 120 })`. */
export function issue<C extends IssueCode>(field: string, code: C, ...params: IssueArgs<C>): FieldIssue {
  const [given] = params as unknown as [IssueParams | undefined];
  return { field, code, ...(given ? { params: given } : {}), message: issueMessage(code, ...params) };
}

/** What validators collect issues with: `add('options', 'OPTIONS_TOO_FEW')`. */
export type AddIssue = <C extends IssueCode>(field: string, code: C, ...params: IssueArgs<C>) => void;
