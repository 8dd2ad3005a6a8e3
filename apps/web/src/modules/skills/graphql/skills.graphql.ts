import { graphql } from '../../../generated';

/** A row of the skills list: the name in the viewer's locale and the status of each locale. */
export const SkillsTableSkillFragment = graphql(`
  fragment SkillsTable_skill on Skill {
    id
    code
    category
    name {
      text(locale: $locale)
      ...LocalisedTexts_text
    }
    description {
      ...LocalisedTexts_text
    }
    prerequisites {
      id
      code
    }
  }
`);

/** The name and description of a skill in every locale, as the skill page shows and edits them. */
export const SkillTextsSkillFragment = graphql(`
  fragment SkillTexts_skill on Skill {
    id
    name {
      ...LocalisedTexts_text
    }
    description {
      ...LocalisedTexts_text
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
      ...AuditTrail_entry
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
