import { graphql } from '../../../generated';

/** A row of the question bank: the prompt in the viewer's locale, the latest version and the published one. */
export const QuestionsTableQuestionFragment = graphql(`
  fragment QuestionsTable_question on Question {
    id
    code
    latest {
      id
      version
      status
      type
      difficulty
      skills
      prompt {
        sourceLocale
        text(locale: $locale)
      }
    }
    published {
      id
      version
    }
  }
`);

/** What the editor needs: the whole draft (`content`), each text's translation status, and who edited it last. */
export const QuestionEditorQuestionFragment = graphql(`
  fragment QuestionEditor_question on Question {
    id
    code
    latest {
      id
      version
      status
      type
      content
      texts {
        path
        text {
          sourceLocale
          translations {
            locale
            status
          }
        }
      }
      authorship {
        lastEditorId
        lastEditorName
        updatedAt
        publishedAt
      }
    }
    published {
      id
      version
    }
  }
`);

/** One page of the question bank, filtered on the server. */
export const StudioQuestionsDocument = graphql(`
  query StudioQuestions($locale: String!, $filter: QuestionFilterInput, $offset: Int!, $limit: Int!) {
    questions(filter: $filter, offset: $offset, limit: $limit) {
      items {
        id
        ...QuestionsTable_question
      }
      total
    }
  }
`);

/** The editor's surroundings: the maison's source locale and four-eyes rule, the viewer, the skills to tag. */
export const QuestionEditorContextDocument = graphql(`
  query QuestionEditorContext {
    me {
      id
      maison {
        id
        defaultLocale
        fourEyesPublishing
      }
    }
    skills {
      id
      code
    }
  }
`);

export const StudioQuestionDocument = graphql(`
  query StudioQuestion($id: ID!) {
    question(id: $id) {
      id
      ...QuestionEditor_question
    }
  }
`);

export const QuestionHistoryDocument = graphql(`
  query QuestionHistory($entityId: ID!) {
    auditTrail(entityType: "question", entityId: $entityId) {
      id
      ...AuditTrail_entry
    }
  }
`);

export const CreateQuestionDocument = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      id
      ...QuestionEditor_question
    }
  }
`);

export const SaveQuestionDraftDocument = graphql(`
  mutation SaveQuestionDraft($input: SaveQuestionDraftInput!) {
    saveQuestionDraft(input: $input) {
      id
      ...QuestionEditor_question
    }
  }
`);

export const ReviewQuestionDocument = graphql(`
  mutation ReviewQuestion($input: ReviewQuestionInput!) {
    reviewQuestion(input: $input) {
      id
      ...QuestionEditor_question
    }
  }
`);

export const ImportQuestionsCsvDocument = graphql(`
  mutation ImportQuestionsCsv($csv: String!, $locale: String!) {
    importQuestionsCsv(csv: $csv) {
      id
      ...QuestionsTable_question
    }
  }
`);
