import { graphql } from '../../../generated';

export const ReviewQueueModuleFragment = graphql(`
  fragment ReviewQueue_module on Module {
    id
    code
    kind
    latest {
      id
      version
      status
      title {
        sourceLocale
        text(locale: $locale)
      }
      authorship {
        lastEditorId
        lastEditorName
        updatedAt
      }
    }
  }
`);

export const ReviewQueueQuestionFragment = graphql(`
  fragment ReviewQueue_question on Question {
    id
    code
    latest {
      id
      version
      status
      type
      prompt {
        sourceLocale
        text(locale: $locale)
      }
      authorship {
        lastEditorId
        lastEditorName
        updatedAt
      }
    }
  }
`);

/** What waits for a reviewer: modules and questions whose latest version is in review (the first 200 questions), and the rule they face. */
export const ReviewQueueDocument = graphql(`
  query ReviewQueue($locale: String!) {
    me {
      id
      maison {
        id
        fourEyesPublishing
      }
    }
    modules(status: IN_REVIEW) {
      id
      ...ReviewQueue_module
    }
    questions(filter: { status: IN_REVIEW }, limit: 200) {
      items {
        id
        ...ReviewQueue_question
      }
      total
    }
  }
`);

export const ReviewQueuedModuleDocument = graphql(`
  mutation ReviewQueuedModule($input: ReviewModuleInput!, $locale: String!) {
    reviewModule(input: $input) {
      id
      ...ReviewQueue_module
    }
  }
`);

export const ReviewQueuedQuestionDocument = graphql(`
  mutation ReviewQueuedQuestion($input: ReviewQuestionInput!, $locale: String!) {
    reviewQuestion(input: $input) {
      id
      ...ReviewQueue_question
    }
  }
`);
