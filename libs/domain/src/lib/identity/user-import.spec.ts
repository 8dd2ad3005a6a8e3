import fc from 'fast-check';
import { validateUserImport, type UserImportContext } from './user-import';

const context: UserImportContext = {
  existingEmails: new Set(['taken@maison-aurele.test']),
  boutiques: [{ id: 'b-paris', name: 'Paris Vendôme', timezone: 'Europe/Paris', locale: 'fr' }],
  cohorts: [{ id: 'c-pilot', name: 'Pilot' }],
  defaultLocale: 'en',
  defaultTimezone: 'UTC',
};
const header = ['email', 'displayName', 'roles', 'boutique', 'startDate', 'cohort'];
const advisor = (email: string) => ({ email, displayName: 'Léa Moreau', roles: 'ADVISOR', boutique: 'Paris Vendôme', startDate: '2026-10-01', cohort: 'Pilot' });

describe('user import validation', () => {
  it('accepts a valid file and fills locale and timezone from the boutique', () => {
    const result = validateUserImport(header, [advisor('Lea@Maison-Aurele.test')], context);
    expect(result).toEqual({
      ok: true,
      users: [
        {
          row: 2,
          email: 'lea@maison-aurele.test',
          displayName: 'Léa Moreau',
          roles: ['ADVISOR'],
          boutiqueId: 'b-paris',
          locale: 'fr',
          timezone: 'Europe/Paris',
          startDate: '2026-10-01',
          cohortId: 'c-pilot',
        },
      ],
    });
  });

  it('reports every issue of every row with its row number and field', () => {
    const result = validateUserImport(
      header,
      [
        advisor('a@maison-aurele.test'),
        { ...advisor('a@maison-aurele.test'), roles: 'ADVISOR|CEO', boutique: 'Nowhere' },
        advisor('taken@maison-aurele.test'),
        { email: 'hr@maison-aurele.test', displayName: 'Hugo', roles: 'HR', startDate: '2026-02-30' },
      ],
      context,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { row: 3, field: 'roles', code: 'ROLE_UNKNOWN', params: { roles: 'CEO' }, message: 'unknown role CEO' },
      { row: 3, field: 'boutique', code: 'BOUTIQUE_NAME_UNKNOWN', params: { name: 'Nowhere' }, message: 'no boutique named "Nowhere"' },
      { row: 3, field: 'email', code: 'DUPLICATE_ROW', params: { row: 2 }, message: 'duplicates row 2' },
      { row: 4, field: 'email', code: 'EMAIL_IN_MAISON', message: 'already belongs to a user of this maison' },
      { row: 5, field: 'startDate', code: 'DATE_INVALID', message: 'must be a date written YYYY-MM-DD' },
    ]);
  });

  it('rejects a header without required columns before looking at rows', () => {
    const result = validateUserImport(['email', 'name'], [{ email: 'x@y.test', name: 'X' }], context);
    expect(!result.ok && result.issues).toEqual([
      { row: 1, field: 'displayName', code: 'COLUMN_MISSING', message: 'column is missing from the header' },
      { row: 1, field: 'roles', code: 'COLUMN_MISSING', message: 'column is missing from the header' },
      { row: 1, field: 'name', code: 'COLUMN_UNKNOWN', params: { expected: 'email, displayName, roles, boutique, locale, timezone, startDate, cohort' }, message: 'unknown column; expected email, displayName, roles, boutique, locale, timezone, startDate, cohort' },
    ]);
  });

  it('is all or nothing: one bad row anywhere rejects the whole file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), (count, badSeed) => {
        const rows = Array.from({ length: count }, (_, i) => advisor(`advisor${i}@maison-aurele.test`));
        const bad = badSeed % count;
        rows[bad] = { ...rows[bad], email: 'not-an-email' };
        const result = validateUserImport(header, rows, context);
        return !result.ok && result.issues.length === 1 && result.issues[0].row === bad + 2;
      }),
    );
  });

  it('finds boutiques and cohorts by name whatever the case, and the exact name first when several differ only in case', () => {
    const twoParis: UserImportContext = {
      ...context,
      boutiques: [...context.boutiques, { id: 'b-paris-upper', name: 'PARIS VENDÔME', timezone: 'Europe/Paris', locale: 'en' }],
      cohorts: [...context.cohorts, { id: 'c-pilot-upper', name: 'PILOT' }],
    };
    const bySingleName = validateUserImport(header, [{ ...advisor('a@maison-aurele.test'), boutique: 'paris vendôme', cohort: 'pilot' }], context);
    expect(bySingleName.ok && bySingleName.users[0]).toMatchObject({ boutiqueId: 'b-paris', cohortId: 'c-pilot' });
    const exactly = validateUserImport(header, [{ ...advisor('a@maison-aurele.test'), boutique: 'PARIS VENDÔME', cohort: 'Pilot' }], twoParis);
    expect(exactly.ok && exactly.users[0]).toMatchObject({ boutiqueId: 'b-paris-upper', cohortId: 'c-pilot' });
    expect(validateUserImport(header, [{ ...advisor('a@maison-aurele.test'), boutique: 'Paris vendôme', cohort: 'pilot' }], twoParis)).toEqual({
      ok: false,
      issues: [
        { row: 2, field: 'boutique', code: 'NAME_AMBIGUOUS', params: { name: 'Paris vendôme', matches: '"Paris Vendôme", "PARIS VENDÔME"' }, message: '"Paris vendôme" matches "Paris Vendôme", "PARIS VENDÔME": write the name exactly' },
        { row: 2, field: 'cohort', code: 'NAME_AMBIGUOUS', params: { name: 'pilot', matches: '"Pilot", "PILOT"' }, message: '"pilot" matches "Pilot", "PILOT": write the name exactly' },
      ],
    });
  });

  it('puts only advisors in a cohort, as the cohort page does', () => {
    const hr = { email: 'hr@maison-aurele.test', displayName: 'Claire Dubois', roles: 'HR|AUTHOR', boutique: '', startDate: '', cohort: 'Pilot' };
    expect(validateUserImport(header, [hr], context)).toEqual({ ok: false, issues: [{ row: 2, field: 'cohort', code: 'COHORT_ADVISORS_ONLY', message: 'only advisors join a cohort' }] });
    expect(validateUserImport(header, [{ ...advisor('a@maison-aurele.test'), roles: 'ADVISOR|HR' }], context).ok).toBe(true);
  });
});
