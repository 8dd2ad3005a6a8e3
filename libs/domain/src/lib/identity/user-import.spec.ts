import fc from 'fast-check';
import { validateUserImport, type UserImportContext } from './user-import';

const context: UserImportContext = {
  existingEmails: new Set(['taken@maison-aurele.test']),
  boutiquesByName: new Map([['paris vendôme', { id: 'b-paris', timezone: 'Europe/Paris', locale: 'fr' }]]),
  cohortIdsByName: new Map([['pilot', 'c-pilot']]),
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
      { row: 3, field: 'roles', message: 'unknown role CEO' },
      { row: 3, field: 'boutique', message: 'no boutique named "Nowhere"' },
      { row: 3, field: 'email', message: 'duplicates row 2' },
      { row: 4, field: 'email', message: 'already belongs to a user of this maison' },
      { row: 5, field: 'startDate', message: 'must be a date written YYYY-MM-DD' },
    ]);
  });

  it('rejects a header without required columns before looking at rows', () => {
    const result = validateUserImport(['email', 'name'], [{ email: 'x@y.test', name: 'X' }], context);
    expect(!result.ok && result.issues).toEqual([
      { row: 1, field: 'displayName', message: 'column is missing from the header' },
      { row: 1, field: 'roles', message: 'column is missing from the header' },
      { row: 1, field: 'name', message: 'unknown column; expected email, displayName, roles, boutique, locale, timezone, startDate, cohort' },
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
});
