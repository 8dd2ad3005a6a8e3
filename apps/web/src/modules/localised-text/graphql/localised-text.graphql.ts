import { graphql } from '../../../generated';

/**
 * A text in every locale with the status of each translation, as the texts views and editors read it. Documents that
 * read translations spread this fragment rather than spelling the fields: `translations` has no id, so the cache
 * replaces the whole array on each write, and one selection everywhere keeps a list, a detail page and an editor from
 * overwriting each other's array with fewer fields.
 */
export const LocalisedTextsTextFragment = graphql(`
  fragment LocalisedTexts_text on LocalisedText {
    sourceLocale
    translations {
      locale
      status
      text
    }
  }
`);
