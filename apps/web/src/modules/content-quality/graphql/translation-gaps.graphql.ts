import { graphql } from '../../../generated';

/** One text a locale lacks, where it is and what it should translate. */
export const TranslationGapListGapFragment = graphql(`
  fragment TranslationGapList_gap on TranslationGap {
    entityType
    entityId
    code
    path
    status
    source
    text
  }
`);

/** The maison's source locale: the translations page offers every other supported locale. */
export const TranslationSourceLocaleDocument = graphql(`
  query TranslationSourceLocale {
    me {
      id
      maison {
        id
        defaultLocale
      }
    }
  }
`);

export const StudioTranslationGapsDocument = graphql(`
  query StudioTranslationGaps($locale: String!) {
    translationGaps(locale: $locale) {
      ...TranslationGapList_gap
    }
  }
`);
