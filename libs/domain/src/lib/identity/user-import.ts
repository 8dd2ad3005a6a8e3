import { issue, type AddIssue, type RowIssue } from '../shared/validation';
import { isRole, ROLES, type Role } from './roles';
import { normalizeEmail, userFieldIssues, type Locale } from './user-fields';

export const USER_IMPORT_COLUMNS = ['email', 'displayName', 'roles', 'boutique', 'locale', 'timezone', 'startDate', 'cohort'] as const;
export const USER_IMPORT_REQUIRED_COLUMNS = ['email', 'displayName', 'roles'] as const;
export const USER_IMPORT_MAX_ROWS = 5000;

export interface ImportBoutique {
  id: string;
  name: string;
  timezone: string;
  locale: string;
}

export interface ImportCohort {
  id: string;
  name: string;
}

export interface UserImportContext {
  /** Normalised emails already used in the maison. */
  existingEmails: ReadonlySet<string>;
  boutiques: readonly ImportBoutique[];
  cohorts: readonly ImportCohort[];
  defaultLocale: Locale;
  defaultTimezone: string;
}

export interface ImportedUser {
  row: number;
  email: string;
  displayName: string;
  roles: Role[];
  boutiqueId: string | null;
  locale: string;
  timezone: string;
  startDate: string | null;
  cohortId: string | null;
}

export type UserImportValidation = { ok: true; users: ImportedUser[] } | { ok: false; issues: RowIssue[] };

const FIRST_DATA_ROW = 2; // row 1 is the header

/** Roles are separated by "|", ";" or "," inside their cell: "ADVISOR|HR". */
function parseRoles(cell: string): string[] {
  return cell
    .split(/[|;,]/)
    .map((role) => role.trim().toUpperCase())
    .filter(Boolean);
}

type NameMatch<T> = { found: T } | { found: null; candidates: readonly T[] };

/**
 * Finds records by the name a file gives them: the exact name, else the one name that differs from it only in case
 * (files are typed by hand). Names are unique only as written, so "paris" may match both "Paris" and "PARIS": then
 * nothing is found and the candidates are given, for the row's issue to name them.
 */
function byName<T extends { name: string }>(records: readonly T[]): (name: string) => NameMatch<T> {
  const exact = new Map(records.map((record) => [record.name, record]));
  const folded = new Map<string, T[]>();
  for (const record of records) {
    const key = record.name.toLowerCase();
    folded.set(key, [...(folded.get(key) ?? []), record]);
  }
  return (name) => {
    const same = exact.get(name);
    if (same) return { found: same };
    const candidates = folded.get(name.toLowerCase()) ?? [];
    return candidates.length === 1 ? { found: candidates[0] } : { found: null, candidates };
  };
}

/** The row's issue for a name that found nothing: none such, or several differing only in case. */
function unmatched(add: AddIssue, field: 'boutique' | 'cohort', name: string, candidates: readonly { name: string }[]): void {
  if (!candidates.length) add(field, field === 'boutique' ? 'BOUTIQUE_NAME_UNKNOWN' : 'COHORT_NAME_UNKNOWN', { name });
  else add(field, 'NAME_AMBIGUOUS', { name, matches: candidates.map((candidate) => `"${candidate.name}"`).join(', ') });
}

/**
 * Validates a whole CSV of users before anything is written: every problem of every row is reported, so the
 * author of the file can fix it in one pass. The import is all or nothing, so one issue rejects the file.
 */
export function validateUserImport(
  header: readonly string[],
  records: ReadonlyArray<Readonly<Record<string, string | undefined>>>,
  context: UserImportContext,
): UserImportValidation {
  const issues: RowIssue[] = [];
  for (const column of USER_IMPORT_REQUIRED_COLUMNS) {
    if (!header.includes(column)) issues.push({ row: 1, ...issue(column, 'COLUMN_MISSING') });
  }
  for (const column of header) {
    if (!(USER_IMPORT_COLUMNS as readonly string[]).includes(column)) {
      issues.push({ row: 1, ...issue(column, 'COLUMN_UNKNOWN', { expected: USER_IMPORT_COLUMNS.join(', ') }) });
    }
  }
  if (records.length === 0) issues.push({ row: FIRST_DATA_ROW, ...issue('email', 'NO_USER_ROWS') });
  if (records.length > USER_IMPORT_MAX_ROWS) {
    issues.push({ row: 1, ...issue('email', 'TOO_MANY_ROWS', { max: USER_IMPORT_MAX_ROWS }) });
  }
  if (issues.length) return { ok: false, issues };

  const boutiqueNamed = byName(context.boutiques);
  const cohortNamed = byName(context.cohorts);
  const seenEmails = new Map<string, number>();
  const users: ImportedUser[] = [];
  records.forEach((record, index) => {
    const row = index + FIRST_DATA_ROW;
    const cell = (column: string) => (record[column] ?? '').trim();
    const rowIssues: RowIssue[] = [];
    const add: AddIssue = (field, code, ...params) => rowIssues.push({ row, ...issue(field, code, ...params) });

    const email = normalizeEmail(cell('email'));
    const displayName = cell('displayName');
    if (!email) add('email', 'REQUIRED');
    if (!displayName) add('displayName', 'REQUIRED');

    const roleNames = parseRoles(cell('roles'));
    const unknownRoles = roleNames.filter((role) => !isRole(role));
    if (roleNames.length === 0) add('roles', 'IMPORT_ROLE_REQUIRED', { roles: ROLES.join(', ') });
    if (unknownRoles.length) add('roles', 'ROLE_UNKNOWN', { roles: unknownRoles.join(', ') });
    const roles = [...new Set(roleNames.filter(isRole))];

    const boutiqueName = cell('boutique');
    const boutiqueMatch = boutiqueName ? boutiqueNamed(boutiqueName) : null;
    const boutique = boutiqueMatch?.found ?? null;
    if (boutiqueMatch && !boutiqueMatch.found) unmatched(add, 'boutique', boutiqueName, boutiqueMatch.candidates);
    if (!boutiqueName && roles.includes('ADVISOR')) add('boutique', 'ADVISOR_BOUTIQUE_REQUIRED');

    const cohortName = cell('cohort');
    const cohortMatch = cohortName ? cohortNamed(cohortName) : null;
    const cohortId = cohortMatch?.found?.id ?? null;
    if (cohortMatch && !cohortMatch.found) unmatched(add, 'cohort', cohortName, cohortMatch.candidates);
    // Cohorts compare groups of advisors (pilot against control): only advisors are members.
    if (cohortName && roles.length && !roles.includes('ADVISOR')) add('cohort', 'COHORT_ADVISORS_ONLY');

    const startDate = cell('startDate') || null;
    if (!startDate && roles.includes('ADVISOR')) add('startDate', 'ADVISOR_START_DATE_REQUIRED');

    const locale = cell('locale') || boutique?.locale || context.defaultLocale;
    const timezone = cell('timezone') || boutique?.timezone || context.defaultTimezone;
    for (const fieldIssue of userFieldIssues({ email: email || undefined, displayName: displayName || undefined, locale, timezone, startDate })) {
      rowIssues.push({ row, ...fieldIssue });
    }

    if (email) {
      const firstRow = seenEmails.get(email);
      if (firstRow !== undefined) add('email', 'DUPLICATE_ROW', { row: firstRow });
      else seenEmails.set(email, row);
      if (context.existingEmails.has(email)) add('email', 'EMAIL_IN_MAISON');
    }

    if (rowIssues.length) issues.push(...rowIssues);
    else {
      users.push({ row, email, displayName, roles, boutiqueId: boutique?.id ?? null, locale, timezone, startDate, cohortId });
    }
  });

  return issues.length ? { ok: false, issues } : { ok: true, users };
}
