import type { Role, SessionViewerFragment } from '../generated/graphql';

export function aViewer(overrides: Partial<SessionViewerFragment> = {}): SessionViewerFragment {
  return {
    __typename: 'Viewer',
    id: 'viewer-1',
    email: 'lea.martin@example.com',
    displayName: 'Léa Martin',
    roles: ['ADVISOR'] satisfies Role[],
    locale: 'en',
    timezone: 'Europe/Paris',
    maison: { __typename: 'Maison', id: 'maison-1', name: 'Maison Aurèle', slug: 'aurele' },
    ...overrides,
  };
}

/** A GraphQL error result as the API sends it: `errors[].extensions.code` (+ `issues` for VALIDATION_FAILED). */
export function graphQLErrorResult(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
