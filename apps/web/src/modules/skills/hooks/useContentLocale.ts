import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from '../../../app/i18n/i18n';

/** The locale skill texts are read in: the viewer's interface language. */
export function useContentLocale(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}
