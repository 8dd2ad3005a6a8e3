import { graphql } from '../../../generated';

export const ImportProgressUserImportFragment = graphql(`
  fragment ImportProgress_userImport on UserImport {
    id
    fileName
    status
    totalRows
    processedRows
    createdUsers
    createdAt
    finishedAt
    issues {
      row
      field
      code
      params
      message
    }
  }
`);

export const RecentImportsUserImportFragment = graphql(`
  fragment RecentImports_userImport on UserImport {
    id
    fileName
    status
    totalRows
    createdUsers
    createdAt
  }
`);

export const UserImportsDocument = graphql(`
  query UserImports {
    userImports {
      id
      ...RecentImports_userImport
    }
  }
`);

export const UserImportDocument = graphql(`
  query UserImport($id: ID!) {
    userImport(id: $id) {
      id
      ...ImportProgress_userImport
    }
  }
`);

export const StartUserImportDocument = graphql(`
  mutation StartUserImport($input: StartUserImportInput!) {
    startUserImport(input: $input) {
      id
      ...ImportProgress_userImport
      ...RecentImports_userImport
    }
  }
`);
