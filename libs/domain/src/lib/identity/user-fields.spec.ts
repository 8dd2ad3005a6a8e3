import { isIsoDate, isValidTimeZone, normalizeEmail, passwordIssues, userFieldIssues } from './user-fields';

describe('user fields', () => {
  it('normalises emails to trimmed lower case', () => {
    expect(normalizeEmail('  Claire.Martin@Maison.FR ')).toBe('claire.martin@maison.fr');
  });

  it('accepts IANA zones and rejects abbreviations and typos', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('CET')).toBe(false);
    expect(isValidTimeZone('Europe/Pariss')).toBe(false);
  });

  it('answers the same the second time (valid zones are remembered, invalid names never are)', () => {
    for (let round = 0; round < 2; round++) {
      expect(isValidTimeZone('Europe/Zurich')).toBe(true);
      expect(isValidTimeZone('Europe/Zurichh')).toBe(false);
      expect(isValidTimeZone('US/Pacific-New')).toBe(false);
    }
  });

  it('rejects the names the time zone database removed, which the runtime still accepts but Postgres refuses', () => {
    for (const zone of ['US/Pacific-New', 'SystemV/AST4', 'SystemV/EST5EDT', 'Canada/East-Saskatchewan']) expect(isValidTimeZone(zone)).toBe(false);
    for (const zone of ['US/Pacific', 'Canada/Saskatchewan', 'Europe/Kyiv', 'America/Ciudad_Juarez']) expect(isValidTimeZone(zone)).toBe(true);
  });

  it('accepts only calendar dates that exist', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
  });

  it('requires passwords of at least 12 characters', () => {
    expect(passwordIssues('short')).toEqual([{ field: 'password', code: 'TOO_SHORT', params: { min: 12 }, message: 'must have at least 12 characters' }]);
    expect(passwordIssues('a long enough passphrase')).toEqual([]);
  });

  it('names every invalid field', () => {
    const issues = userFieldIssues({ email: 'nope', displayName: ' ', locale: 'de', timezone: 'Mars/Olympus', startDate: '2026-13-01' });
    expect(issues.map((issue) => issue.field)).toEqual(['email', 'displayName', 'locale', 'timezone', 'startDate']);
  });
});
