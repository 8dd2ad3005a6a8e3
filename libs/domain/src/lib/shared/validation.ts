/** A problem with one field of one input, in words a person can act on. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** A problem with one row of an imported file. Rows are numbered as a spreadsheet shows them (header = 1). */
export interface RowIssue extends FieldIssue {
  row: number;
}
