import { graphql } from '../../../generated';

export const SessionViewerFragment = graphql(`
  fragment SessionViewer on Viewer {
    id
    email
    displayName
    roles
    locale
    timezone
    maison {
      id
      name
      slug
    }
  }
`);
