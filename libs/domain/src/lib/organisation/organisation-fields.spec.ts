import { boutiqueIssues, nameIssues } from './organisation-fields';

describe('organisation fields', () => {
  it('accepts a complete, valid boutique', () => {
    expect(boutiqueIssues({ name: 'Genève Rhône', city: 'Genève', country: 'CH', timezone: 'Europe/Zurich', locale: 'fr' })).toEqual([]);
  });

  it('names each invalid field of a boutique', () => {
    const issues = boutiqueIssues({ name: '', city: 'Tokyo', country: 'jp', timezone: 'JST', locale: 'ja' });
    expect(issues).toEqual([
      { field: 'name', message: 'is required' },
      { field: 'country', message: 'must be a two-letter ISO country code such as FR' },
      { field: 'timezone', message: 'must be an IANA time zone such as Europe/Paris' },
      { field: 'locale', message: 'must be one of en, fr' },
    ]);
  });

  it('only checks the fields an update gives', () => {
    expect(boutiqueIssues({ city: 'Singapore' })).toEqual([]);
    expect(nameIssues('name', undefined)).toEqual([]);
    expect(nameIssues('name', 'x'.repeat(121))).toEqual([{ field: 'name', message: 'must have at most 120 characters' }]);
  });
});
