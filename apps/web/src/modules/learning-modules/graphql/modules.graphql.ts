import { graphql } from '../../../generated';

/** A row of the modules list: the latest version's title, number and status, the published version, who edited last. */
export const ModulesTableModuleFragment = graphql(`
  fragment ModulesTable_module on Module {
    id
    code
    kind
    latest {
      id
      version
      status
      title {
        text(locale: $locale)
      }
      authorship {
        lastEditorId
        lastEditorName
        updatedAt
      }
    }
    published {
      id
      version
    }
  }
`);

/** The version the editor edits: its content (texts per locale) and the translation status of every text by path. */
export const ModuleEditorVersionFragment = graphql(`
  fragment ModuleEditor_version on ModuleVersion {
    id
    version
    status
    content
    estimatedMinutes
    targetSkills
    questions
    title {
      sourceLocale
      text(locale: $locale)
      translations {
        locale
        status
      }
    }
    texts {
      path
      text {
        ...LocalisedTexts_text
      }
    }
    authorship {
      lastEditorId
      lastEditorName
      updatedAt
      publishedAt
    }
  }
`);

/** A module as its editor page reads it (and as saving or reviewing returns it): the latest version, the published one. */
export const ModuleEditorModuleFragment = graphql(`
  fragment ModuleEditor_module on Module {
    id
    code
    kind
    latest {
      id
      ...ModuleEditor_version
    }
    published {
      id
      version
      status
    }
  }
`);

export const StudioModulesDocument = graphql(`
  query StudioModules($locale: String!, $status: ContentStatus) {
    me {
      id
      maison {
        id
        defaultLocale
      }
    }
    modules(status: $status) {
      id
      ...ModulesTable_module
    }
  }
`);

export const StudioModuleDocument = graphql(`
  query StudioModule($id: ID!, $locale: String!) {
    me {
      id
      maison {
        id
        defaultLocale
        fourEyesPublishing
      }
    }
    module(id: $id) {
      id
      ...ModuleEditor_module
    }
    skills {
      id
      code
      name {
        text(locale: $locale)
      }
    }
  }
`);

/** The question bank as the module editor offers it: code and prompt. */
/** Questions of the bank for the module editor: the module's own (`codes`), or those a search finds. */
export const ModuleQuestionBankDocument = graphql(`
  query ModuleQuestionBank($locale: String!, $filter: QuestionFilterInput!, $limit: Int!) {
    questions(filter: $filter, limit: $limit) {
      total
      items {
        id
        code
        latest {
          id
          status
          prompt {
            text(locale: $locale)
          }
        }
      }
    }
  }
`);

export const ModuleHistoryDocument = graphql(`
  query ModuleHistory($entityId: ID!) {
    auditTrail(entityType: "module", entityId: $entityId) {
      id
      ...AuditTrail_entry
    }
  }
`);

export const PreviewLessonMarkdownDocument = graphql(`
  query PreviewLessonMarkdown($markdown: String!) {
    previewLessonMarkdown(markdown: $markdown)
  }
`);

export const CreateModuleDocument = graphql(`
  mutation CreateModule($input: CreateModuleInput!, $locale: String!) {
    createModule(input: $input) {
      id
      ...ModulesTable_module
    }
  }
`);

export const SaveModuleDraftDocument = graphql(`
  mutation SaveModuleDraft($input: SaveModuleDraftInput!, $locale: String!) {
    saveModuleDraft(input: $input) {
      id
      ...ModulesTable_module
      ...ModuleEditor_module
    }
  }
`);

export const ReviewModuleDocument = graphql(`
  mutation ReviewModule($input: ReviewModuleInput!, $locale: String!) {
    reviewModule(input: $input) {
      id
      ...ModulesTable_module
      ...ModuleEditor_module
    }
  }
`);
