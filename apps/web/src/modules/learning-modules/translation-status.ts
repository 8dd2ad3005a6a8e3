import type { TranslationStatus } from '../../generated/graphql';
import type { SavedText } from './components/module-editor-context';
import type { Localised } from './module-draft';

/**
 * The status of one text in a translated locale, as the author sees it while editing: MISSING while the field is
 * empty in that locale; OUTDATED when the API says so and the translation is untouched, or when the source was just
 * changed under an untouched translation (saving will outdate it); otherwise nothing to flag (null).
 */
export function editedTranslationStatus(value: Localised | undefined, locale: string, sourceLocale: string, saved: SavedText | undefined): Exclude<TranslationStatus, 'UP_TO_DATE'> | null {
  if (locale === sourceLocale) return null;
  const text = value?.[locale] ?? '';
  if (!text.trim()) return 'MISSING';
  if (!saved) return null;
  const savedTranslation = saved.translations.find((entry) => entry.locale === locale);
  const savedSource = saved.translations.find((entry) => entry.locale === sourceLocale)?.text ?? '';
  const untouched = savedTranslation?.text === text;
  if (!untouched) return null;
  if (savedTranslation.status === 'OUTDATED') return 'OUTDATED';
  return (value?.[sourceLocale] ?? '') !== savedSource ? 'OUTDATED' : null;
}
