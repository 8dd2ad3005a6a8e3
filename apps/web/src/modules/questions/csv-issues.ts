import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface CsvRowIssue {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The CSV column (`prompt.fr`, `correct`…). */
  field: string;
  message: string;
}

function isRowIssue(value: unknown): value is CsvRowIssue {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['row'] === 'number' && typeof candidate['field'] === 'string' && typeof candidate['message'] === 'string';
}

/** The row issues of a rejected import (`extensions.issues: [{ row, field, message }]`), by row. */
export function csvRowIssues(error: unknown): CsvRowIssue[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors
    .flatMap((item) => {
      const issues = item.extensions?.['issues'];
      return Array.isArray(issues) ? issues.filter(isRowIssue) : [];
    })
    .map(({ row, field, message }) => ({ row, field, message }))
    .sort((a, b) => a.row - b.row);
}
