import { graphql } from '../../../generated';

export const UsersTableUserFragment = graphql(`
  fragment UsersTable_user on User {
    id
    email
    displayName
    roles
    active
    hasPassword
    boutique {
      id
      name
    }
  }
`);

export const UserFormUserFragment = graphql(`
  fragment UserForm_user on User {
    id
    email
    displayName
    roles
    locale
    timezone
    startDate
    boutique {
      id
    }
  }
`);

export const AdminUsersDocument = graphql(`
  query AdminUsers($filter: UserFilterInput, $offset: Int!, $limit: Int!) {
    users(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        id
        ...UsersTable_user
        ...UserForm_user
      }
    }
  }
`);

export const BoutiqueOptionsDocument = graphql(`
  query BoutiqueOptions {
    boutiques {
      id
      name
      city
      timezone
      locale
      region {
        id
        name
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...UsersTable_user
      ...UserForm_user
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      ...UsersTable_user
      ...UserForm_user
    }
  }
`);

export const SetUserPasswordDocument = graphql(`
  mutation SetUserPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) {
      id
      hasPassword
    }
  }
`);

export const DeactivateUserDocument = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);

export const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      active
    }
  }
`);

/** Every change admins made to one account, newest first (admins only). */
export const UserHistoryDocument = graphql(`
  query UserHistory($userId: ID!) {
    auditTrail(entityType: "user", entityId: $userId) {
      id
      ...AuditTrail_entry
    }
  }
`);
