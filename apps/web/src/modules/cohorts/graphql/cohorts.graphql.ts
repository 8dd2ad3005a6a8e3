import { graphql } from '../../../generated';

export const CohortsTableCohortFragment = graphql(`
  fragment CohortsTable_cohort on Cohort {
    id
    name
    kind
    description
    memberCount
  }
`);

export const CohortMembersCohortFragment = graphql(`
  fragment CohortMembers_cohort on Cohort {
    id
    memberCount
    members {
      id
      email
      displayName
      active
      boutique {
        id
        name
      }
    }
  }
`);

export const AdminCohortsDocument = graphql(`
  query AdminCohorts {
    cohorts {
      id
      ...CohortsTable_cohort
    }
  }
`);

export const AdminCohortDocument = graphql(`
  query AdminCohort($id: ID!) {
    cohort(id: $id) {
      id
      ...CohortsTable_cohort
      ...CohortMembers_cohort
    }
  }
`);

export const CohortMemberCandidatesDocument = graphql(`
  query CohortMemberCandidates($filter: UserFilterInput, $limit: Int!) {
    users(filter: $filter, offset: 0, limit: $limit) {
      total
      items {
        id
        email
        displayName
      }
    }
  }
`);

export const CreateCohortDocument = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      ...CohortsTable_cohort
    }
  }
`);

export const UpdateCohortDocument = graphql(`
  mutation UpdateCohort($input: UpdateCohortInput!) {
    updateCohort(input: $input) {
      id
      ...CohortsTable_cohort
    }
  }
`);

export const AddCohortMembersDocument = graphql(`
  mutation AddCohortMembers($input: CohortMembersInput!) {
    addCohortMembers(input: $input) {
      id
      ...CohortMembers_cohort
    }
  }
`);

export const RemoveCohortMembersDocument = graphql(`
  mutation RemoveCohortMembers($input: CohortMembersInput!) {
    removeCohortMembers(input: $input) {
      id
      ...CohortMembers_cohort
    }
  }
`);
