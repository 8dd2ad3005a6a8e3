import { graphql } from '../../../generated';

/** A row of the item statistics table, the prompt and option labels in the viewer's locale. */
export const ItemStatisticsTableItemFragment = graphql(`
  fragment ItemStatisticsTable_item on ItemStatistics {
    questionId
    code
    version
    type
    prompt {
      text(locale: $locale)
    }
    attempts
    learners
    difficulty
    discrimination
    upperLowerIndex
    flags
    choices {
      optionId
      label {
        text(locale: $locale)
      }
      count
      share
    }
  }
`);

export const StudioItemStatisticsDocument = graphql(`
  query StudioItemStatistics($locale: String!) {
    itemStatistics {
      ...ItemStatisticsTable_item
    }
  }
`);
