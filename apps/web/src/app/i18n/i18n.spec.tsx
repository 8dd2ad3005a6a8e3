import { ISSUE_CODES, typeset } from '@savoir/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateMyLocaleDocument } from '../../modules/auth/graphql/session.graphql';
import { aViewer } from '../../testing/fixtures';
import { skillGapsMock } from '../../testing/insights';
import { learnTodayMocks } from '../../testing/learn';
import { renderApp } from '../../testing/render-app';
import { sessionStore } from '../session-store';
import en from './en.json';
import fr from './fr.json';
import { createI18n } from './i18n';

afterEach(() => sessionStore.reset());

/** Every text of a resource with its key path. */
function texts(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => texts(child, prefix ? `${prefix}.${key}` : key));
}

/** Every key path of a resource, with plural suffixes folded (French has `_many` where English has none). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(/_(one|many|other)$/, '')];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('i18n', () => {
  it('has the same keys in English and French', () => {
    expect([...new Set(keyPaths(fr))].sort()).toEqual([...new Set(keyPaths(en))].sort());
  });

  it('words every issue code of the API, in English and in French, naming the same params', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort();
    expect(Object.keys(en.issues).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(fr.issues).sort()).toEqual([...ISSUE_CODES].sort());
    const english: Record<string, string> = en.issues;
    const french: Record<string, string> = fr.issues;
    expect(ISSUE_CODES.filter((code) => variables(english[code]).join() !== variables(french[code]).join())).toEqual([]);
  });

  it('sets French punctuation with no-break spaces, so ; : ! ? never start a line', () => {
    expect(texts(fr).filter(([, text]) => typeset(text, 'fr') !== text).map(([path]) => path)).toEqual([]);
  });

  it('writes apostrophes as typographic ones (’), in both languages', () => {
    expect([...texts(en), ...texts(fr)].filter(([, text]) => text.includes("'")).map(([path]) => path)).toEqual([]);
  });

  it('switches the interface to French and saves the locale on the profile', async () => {
    let saved = false;
    const { i18n } = renderApp({
      route: '/learn',
      viewer: aViewer(),
      mocks: [
        // Today, read in English, then in French once switched.
        ...learnTodayMocks('en'),
        ...learnTodayMocks('fr'),
        {
          request: { query: UpdateMyLocaleDocument, variables: { locale: 'fr' } },
          result: () => {
            saved = true;
            return { data: { updateMyLocale: aViewer({ locale: 'fr' }) } };
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'FR' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Apprendre' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    await waitFor(() => expect(saved).toBe(true));
    await waitFor(() => expect(sessionStore.getState().viewer?.locale).toBe('fr'));
    expect(i18n.language).toBe('fr');
  });

  it('keeps the chosen language on screen when saving it on the profile fails, and never flips back meanwhile', async () => {
    const { i18n } = renderApp({
      route: '/learn',
      viewer: aViewer(),
      mocks: [
        ...learnTodayMocks('en'),
        ...learnTodayMocks('fr'),
        { request: { query: UpdateMyLocaleDocument, variables: { locale: 'fr' } }, error: new Error('offline'), delay: 50 },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();
    const languages: string[] = [];
    i18n.on('languageChanged', (language: string) => languages.push(language));

    await userEvent.setup().click(screen.getByRole('radio', { name: 'FR' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Apprendre' })).toBeInTheDocument();
    // Past the refused save (50 ms).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(languages).toEqual(['fr']);
    expect(screen.getByRole('heading', { level: 1, name: 'Apprendre' })).toBeInTheDocument();
    expect(sessionStore.getState().viewer?.locale).toBe('en');
  });

  it("opens in the signed-in user's language", async () => {
    renderApp({ route: '/insights', viewer: aViewer({ roles: ['HR'], locale: 'fr-FR' }), mocks: [skillGapsMock('BOUTIQUE', [], 'en'), skillGapsMock('BOUTIQUE', [], 'fr')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Analyses' })).toBeInTheDocument();
  });

  it('formats numbers and plurals through Intl', () => {
    const { i18n } = renderApp({ route: '/login', viewer: null, language: 'fr' });
    expect(i18n.t('users.count', { count: 1234 })).toBe('1\u202f234 utilisateurs');
    expect(i18n.t('users.count', { count: 1 })).toBe('1 utilisateur');
  });

  it('quotes skill names set in a sentence, with each language’s marks, alone or in a list', () => {
    const english = createI18n('en');
    expect(english.t('learn.gaps.lastWrong', { skill: 'The maison’s language' })).toBe('Your last answer on “The maison’s language” was wrong');
    expect(english.t('learn.personalPath.reasons.PREREQUISITE_skills', { skills: ['Movements', 'The calibre', 'Straps'] })).toBe('Lays the ground for “Movements”, “The calibre”, and “Straps”');
    const french = createI18n('fr');
    expect(french.t('learn.gaps.lastWrong', { skill: 'Le langage de la maison' })).toBe('Votre dernière réponse sur «\u202fLe langage de la maison\u202f» était inexacte');
    expect(french.t('learn.personalPath.reasons.PREREQUISITE_skills', { skills: ['Les mouvements', 'Le calibre'] })).toBe('Prépare le terrain pour «\u202fLes mouvements\u202f» et «\u202fLe calibre\u202f»');
  });
});
