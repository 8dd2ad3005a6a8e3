import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { readIssue } from '../../app/graphql-errors';
import type { ApiIssue } from '../../app/issue-text';

export interface CsvRowIssue extends ApiIssue {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The CSV column (`prompt.fr`, `correct`…). */
  field: string;
}

function readRowIssue(value: unknown): CsvRowIssue | null {
  const row = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['row'] : undefined;
  const issue = readIssue(value);
  return typeof row === 'number' && issue ? { row, ...issue } : null;
}

/** The row issues of a rejected import (`extensions.issues: [{ row, field, code, params, message }]`), by row. */
export function csvRowIssues(error: unknown): CsvRowIssue[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors
    .flatMap((item) => {
      const issues = item.extensions?.['issues'];
      return Array.isArray(issues) ? issues.flatMap((issue) => readRowIssue(issue) ?? []) : [];
    })
    .sort((a, b) => a.row - b.row);
}
