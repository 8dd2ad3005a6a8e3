import type { TranslationStatus } from '../../generated/graphql';
import { SUPPORTED_LANGUAGES } from '../../app/i18n/i18n';

/** The locale being edited and what is known of each text's translations. */
export interface TextContext {
  locale: string;
  sourceLocale: string;
  /** The saved status of the text at `path` in the edited locale; null when the saved version has no such text. */
  statusOf: (path: string) => TranslationStatus | null;
}

export interface SavedText {
  path: string;
  text: { sourceLocale: string; translations: ReadonlyArray<{ locale: string; status: TranslationStatus }> };
}

/** The locales texts are written in: the maison's source first, then every other locale the app or the texts know. */
export function contentLocales(sourceLocale: string, texts: ReadonlyArray<SavedText>): string[] {
  const locales = [sourceLocale, ...SUPPORTED_LANGUAGES, ...texts.flatMap((entry) => entry.text.translations.map((translation) => translation.locale))];
  return [...new Set(locales)];
}

export function textContext(locale: string, sourceLocale: string, texts: ReadonlyArray<SavedText>): TextContext {
  const byPath = new Map(texts.map((entry) => [entry.path, new Map(entry.text.translations.map((translation) => [translation.locale, translation.status]))]));
  return { locale, sourceLocale, statusOf: (path) => byPath.get(path)?.get(locale) ?? null };
}
