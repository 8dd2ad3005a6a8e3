import { graphql } from '../../../generated';

/**
 * A row of the skills list: the name in the viewer's locale and the status of each locale. The translations select
 * the same fields as SkillTexts_skill, so list and detail never overwrite each other's array with fewer fields.
 */
export const SkillsTableSkillFragment = graphql(`
  fragment SkillsTable_skill on Skill {
    id
    code
    category
    name {
      sourceLocale
      text(locale: $locale)
      translations {
        locale
        status
        text
      }
    }
    description {
      sourceLocale
      translations {
        locale
        status
        text
      }
    }
    prerequisites {
      id
      code
    }
  }
`);

/** The texts of a skill, every locale side by side. */
export const SkillTextsSkillFragment = graphql(`
  fragment SkillTexts_skill on Skill {
    id
    name {
      sourceLocale
      translations {
        locale
        status
        text
      }
    }
    description {
      sourceLocale
      translations {
        locale
        status
        text
      }
    }
  }
`);

/** A node of the prerequisite graph: enough to name it and to find the skills that need it. */
export const SkillGraphSkillFragment = graphql(`
  fragment SkillGraph_skill on Skill {
    id
    code
    name {
      text(locale: $locale)
    }
    prerequisites {
      id
    }
  }
`);

export const SkillAuditTrailEntryFragment = graphql(`
  fragment SkillAuditTrail_entry on AuditEntry {
    id
    action
    actorName
    createdAt
    changes {
      field
      before
      after
    }
  }
`);

export const StudioSkillsDocument = graphql(`
  query StudioSkills($locale: String!) {
    me {
      id
      maison {
        id
        defaultLocale
      }
    }
    skills {
      id
      ...SkillsTable_skill
    }
  }
`);

export const StudioSkillDocument = graphql(`
  query StudioSkill($id: ID!, $locale: String!) {
    skill(id: $id) {
      id
      updatedAt
      ...SkillsTable_skill
      ...SkillTexts_skill
      ...SkillGraph_skill
    }
    skills {
      id
      ...SkillGraph_skill
    }
  }
`);

export const SkillAuditTrailDocument = graphql(`
  query SkillAuditTrail($entityId: ID!) {
    auditTrail(entityType: "skill", entityId: $entityId) {
      id
      ...SkillAuditTrail_entry
    }
  }
`);

export const CreateSkillDocument = graphql(`
  mutation CreateSkill($input: CreateSkillInput!, $locale: String!) {
    createSkill(input: $input) {
      id
      ...SkillsTable_skill
    }
  }
`);

export const UpdateSkillDocument = graphql(`
  mutation UpdateSkill($input: UpdateSkillInput!, $locale: String!) {
    updateSkill(input: $input) {
      id
      updatedAt
      ...SkillsTable_skill
      ...SkillTexts_skill
    }
  }
`);

export const SetSkillPrerequisitesDocument = graphql(`
  mutation SetSkillPrerequisites($input: SetSkillPrerequisitesInput!, $locale: String!) {
    setSkillPrerequisites(input: $input) {
      id
      updatedAt
      ...SkillsTable_skill
      ...SkillGraph_skill
    }
  }
`);
