import { typeset } from './typography';

/**
 * Learner-facing text from one source: the source locale's text carries a revision, bumped on every real
 * change, and each translation remembers the revision it was made from. A translation made from an older
 * revision is OUTDATED; learners then still see it (better than nothing) until it is redone.
 */
export interface LocalisedText {
  sourceLocale: string;
  revision: number;
  values: Readonly<Record<string, { text: string; revision: number }>>;
}

export type TranslationStatus = 'MISSING' | 'UP_TO_DATE' | 'OUTDATED';

/** The text of `locale`, if the field has one: its own entries only, so "toString" or "__proto__" asked as a locale finds none. */
function valueIn(field: LocalisedText, locale: string): { text: string; revision: number } | undefined {
  return Object.hasOwn(field.values, locale) ? field.values[locale] : undefined;
}

export function localisedText(sourceLocale: string, text: string): LocalisedText {
  return { sourceLocale, revision: 1, values: { [sourceLocale]: { text, revision: 1 } } };
}

/** Sets the text of one locale. An empty text removes a translation; the source text cannot be emptied. */
export function withText(field: LocalisedText, locale: string, text: string): LocalisedText {
  const trimmed = text.trim();
  if (locale === field.sourceLocale) {
    if (!trimmed) throw new Error(`The ${locale} source text cannot be empty`);
    if (valueIn(field, locale)?.text === text) return field;
    const revision = field.revision + 1;
    return { ...field, revision, values: { ...field.values, [locale]: { text, revision } } };
  }
  // Saving a translation unchanged keeps the revision it was made from: re-saving does not vouch for it.
  if (valueIn(field, locale)?.text === text) return field;
  const { [locale]: _removed, ...others } = field.values;
  return { ...field, values: trimmed ? { ...others, [locale]: { text, revision: field.revision } } : others };
}

export function translationStatus(field: LocalisedText, locale: string): TranslationStatus {
  const value = valueIn(field, locale);
  if (!value) return 'MISSING';
  return value.revision === field.revision ? 'UP_TO_DATE' : 'OUTDATED';
}

/**
 * The text a learner reads in `locale`: the translation when there is one, else the source, set with the typography
 * of the language it is in (`typeset`). Never empty.
 */
export function resolveText(field: LocalisedText, locale: string): { text: string; locale: string; fallback: boolean } {
  const value = valueIn(field, locale);
  if (value) return { text: typeset(value.text, locale), locale, fallback: false };
  return { text: typeset(field.values[field.sourceLocale].text, field.sourceLocale), locale: field.sourceLocale, fallback: true };
}

/**
 * A plain per-locale text (a badge's name, a draft's prompt) as a learner reads it in `locale`: that locale's, else
 * the fallback locale's, else any, a blank text counting as none; set in the typography of its language as
 * `resolveText` sets it. Empty when there is no text at all.
 */
export function resolvePlainText(texts: Readonly<Record<string, string>>, locale: string, fallbackLocale = 'en'): string {
  const has = (candidate: string) => Object.hasOwn(texts, candidate) && Boolean(texts[candidate]?.trim());
  const shown = has(locale) ? locale : has(fallbackLocale) ? fallbackLocale : Object.keys(texts).find(has);
  return shown === undefined ? '' : typeset(texts[shown], shown);
}

/** The plain texts per locale, as a package carries them. */
export function plainTexts(field: LocalisedText): Record<string, string> {
  return Object.fromEntries(Object.entries(field.values).map(([locale, value]) => [locale, value.text]));
}

/**
 * Applies texts given for every locale (a package, an editor's form) to the current field: the source first, so a
 * changed source outdates the translations left as they were; locales absent from `texts` are removed.
 */
export function revisedText(current: LocalisedText | undefined, sourceLocale: string, texts: Readonly<Record<string, string>>): LocalisedText {
  let field = current && current.sourceLocale === sourceLocale ? withText(current, sourceLocale, texts[sourceLocale] ?? '') : localisedText(sourceLocale, texts[sourceLocale] ?? '');
  for (const locale of Object.keys(field.values)) if (locale !== sourceLocale && !(locale in texts)) field = withText(field, locale, '');
  for (const [locale, text] of Object.entries(texts)) if (locale !== sourceLocale) field = withText(field, locale, text);
  return field;
}
