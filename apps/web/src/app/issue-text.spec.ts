import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fieldIssues } from './graphql-errors';
import { createI18n } from './i18n/i18n';
import { issueText } from './issue-text';

describe('issueText', () => {
  const french = createI18n('fr');
  const english = createI18n('en');

  it('words an issue from its code in the interface language, with its params', () => {
    expect(issueText(french.t, { code: 'TOO_LONG', params: { max: 2000 }, message: 'must have at most 2,000 characters' })).toBe('doit comporter au plus 2\u202f000 caractères');
    expect(issueText(french.t, { code: 'SKILL_UNKNOWN', params: { code: 'heritage.founding' }, message: 'unknown skill "heritage.founding"' })).toBe(
      'compétence inconnue\u00a0: «\u202fheritage.founding\u202f»',
    );
    expect(issueText(english.t, { code: 'SKILL_UNKNOWN', params: { code: 'heritage.founding' }, message: 'unknown skill "heritage.founding"' })).toBe('unknown skill “heritage.founding”');
    expect(issueText(french.t, { code: 'REQUIRED', params: null, message: 'is required' })).toBe('est obligatoire');
  });

  it('falls back to the API’s English for a code this app does not know, or an issue with no code', () => {
    expect(issueText(french.t, { code: 'EMAIL_BOUNCED', params: { count: 2 }, message: 'bounced twice when last written to' })).toBe('bounced twice when last written to');
    expect(issueText(french.t, { code: '', message: 'is not what the editor sends' })).toBe('is not what the editor sends');
  });

  it('gives each field of a refused form its issue in the interface language', () => {
    const refused = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid input: input.displayName is required; email is not a valid email address',
          extensions: {
            code: 'VALIDATION_FAILED',
            issues: [
              { field: 'input.displayName', code: 'REQUIRED', message: 'is required' },
              { field: 'email', code: 'EMAIL_INVALID', message: 'is not a valid email address' },
              { field: 'email', code: 'TOO_LONG', params: { max: 254 }, message: 'must have at most 254 characters' },
            ],
          },
        },
      ],
    });
    expect(fieldIssues(french.t, refused)).toEqual({ displayName: 'est obligatoire', email: 'n’est pas une adresse e-mail valide' });
  });
});
