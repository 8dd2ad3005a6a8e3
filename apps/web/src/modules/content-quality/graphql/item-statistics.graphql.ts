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

/** The last analysis: when it was made, whether a fresh one is on its way, and its rows. */
export const ItemStatisticsReportFragment = graphql(`
  fragment ItemStatisticsReport on ItemStatisticsReport {
    analysedAt
    pending
    items {
      ...ItemStatisticsTable_item
    }
  }
`);

export const StudioItemStatisticsDocument = graphql(`
  query StudioItemStatistics($locale: String!) {
    itemStatistics {
      ...ItemStatisticsReport
    }
  }
`);

export const RequestItemStatisticsDocument = graphql(`
  mutation RequestItemStatistics($locale: String!) {
    requestItemStatistics {
      ...ItemStatisticsReport
    }
  }
`);
