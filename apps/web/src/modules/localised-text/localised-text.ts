import type { TranslationStatus } from '../../generated/graphql';

/** What the status of a translation needs of a text: its source locale and each locale's status. */
export interface TranslatedText {
  sourceLocale: string;
  translations: ReadonlyArray<{ locale: string; status: TranslationStatus }>;
}

/** A text in every locale, as the `LocalisedTexts_text` fragment selects it. */
export interface LocalisedTextValue {
  sourceLocale: string;
  translations: ReadonlyArray<{ locale: string; status: TranslationStatus; text: string | null }>;
}

const SEVERITY: Record<TranslationStatus, number> = { UP_TO_DATE: 0, OUTDATED: 1, MISSING: 2 };

/** The status that most needs a look: missing before outdated before up to date. */
export function worstStatus(statuses: ReadonlyArray<TranslationStatus>): TranslationStatus {
  return statuses.reduce<TranslationStatus>((worst, status) => (SEVERITY[status] > SEVERITY[worst] ? status : worst), 'UP_TO_DATE');
}

/** The status of each translated locale across several texts: the worst one wins (a missing description is missing). */
export function translationStatuses(texts: ReadonlyArray<TranslatedText>): Array<{ locale: string; status: TranslationStatus }> {
  const byLocale = new Map<string, TranslationStatus>();
  for (const text of texts) {
    for (const { locale, status } of text.translations) {
      if (locale === text.sourceLocale) continue;
      const current = byLocale.get(locale);
      if (!current || SEVERITY[status] > SEVERITY[current]) byLocale.set(locale, status);
    }
  }
  return [...byLocale.entries()].map(([locale, status]) => ({ locale, status }));
}

/** One field of a record (a skill's name, a program's description) in one locale. */
export interface TextInLocale {
  text: string | null;
  status: TranslationStatus;
}

/** Every field of a record in one locale. */
export interface LocaleTexts<K extends string> {
  locale: string;
  isSource: boolean;
  fields: Record<K, TextInLocale>;
}

/**
 * The texts of a record by locale, in the order of its first field's translations (the API's: the source first). A
 * locale that another field lacks has that field missing.
 */
export function textsByLocale<K extends string>(fields: ReadonlyArray<{ key: K; text: LocalisedTextValue }>): Array<LocaleTexts<K>> {
  const [first] = fields;
  if (!first) return [];
  return first.text.translations.map(({ locale }) => {
    const entries = fields.map(({ key, text }) => {
      const translation = text.translations.find((candidate) => candidate.locale === locale);
      return [key, { text: translation?.text ?? null, status: translation?.status ?? 'MISSING' }] as const;
    });
    return { locale, isSource: locale === first.text.sourceLocale, fields: Object.fromEntries(entries) as Record<K, TextInLocale> };
  });
}
