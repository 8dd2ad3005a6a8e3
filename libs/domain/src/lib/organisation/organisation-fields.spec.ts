import { boutiqueIssues, nameIssues } from './organisation-fields';

describe('organisation fields', () => {
  it('accepts a complete, valid boutique', () => {
    expect(boutiqueIssues({ name: 'Genève Rhône', city: 'Genève', country: 'CH', timezone: 'Europe/Zurich', locale: 'fr' })).toEqual([]);
  });

  it('names each invalid field of a boutique', () => {
    const issues = boutiqueIssues({ name: '', city: 'Tokyo', country: 'jp', timezone: 'JST', locale: 'ja' });
    expect(issues).toEqual([
      { field: 'name', code: 'REQUIRED', message: 'is required' },
      { field: 'country', code: 'COUNTRY_INVALID', message: 'must be a two-letter ISO country code such as FR' },
      { field: 'timezone', code: 'TIME_ZONE_INVALID', message: 'must be an IANA time zone such as Europe/Paris' },
      { field: 'locale', code: 'ONE_OF', params: { allowed: 'en, fr' }, message: 'must be one of en, fr' },
    ]);
  });

  it('only checks the fields an update gives', () => {
    expect(boutiqueIssues({ city: 'Singapore' })).toEqual([]);
    expect(nameIssues('name', undefined)).toEqual([]);
    expect(nameIssues('name', 'x'.repeat(121))).toEqual([{ field: 'name', code: 'TOO_LONG', params: { max: 120 }, message: 'must have at most 120 characters' }]);
  });
});
