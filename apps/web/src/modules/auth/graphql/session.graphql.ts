import { graphql } from '../../../generated';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      viewer {
        ...SessionViewer
      }
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresAt
      viewer {
        ...SessionViewer
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const UpdateMyLocaleDocument = graphql(`
  mutation UpdateMyLocale($locale: String!) {
    updateMyLocale(locale: $locale) {
      ...SessionViewer
    }
  }
`);
