import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const SUPPORTED_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function toLanguage(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function browserLanguage(): Language {
  return typeof navigator === 'undefined' ? 'en' : toLanguage(navigator.language);
}

/** Each language's quotation marks (French with narrow no-break spaces inside its guillemets). */
const QUOTES: Record<Language, readonly [string, string]> = { en: ['“', '”'], fr: ['«\u202f', '\u202f»'] };

/** A name set in running text, quoted: "answers on “The maison’s language”", not "answers on The maison’s language". */
function quoted(name: string, lng: string | undefined): string {
  const [open, close] = QUOTES[toLanguage(lng)];
  return `${open}${name}${close}`;
}

/**
 * One i18next instance with both languages bundled (they are small). Dates, numbers and plurals go through
 * i18next's Intl formatters (`{{value, datetime}}`, `{{count, number}}`, `_one`/`_other` keys); a skill's name in a
 * sentence through `{{skill, quoted}}`, several through `{{skills, quotedList}}` (each quoted, then joined as the
 * language joins a list).
 */
export function createI18n(language: Language = browserLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: SUPPORTED_LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  instance.services.formatter?.add('quoted', (value: string, lng) => quoted(value, lng));
  instance.services.formatter?.add('quotedList', (value: readonly string[], lng) => new Intl.ListFormat(lng, { type: 'conjunction' }).format(value.map((name) => quoted(name, lng))));
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return instance;
}
