import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, parsePath, RouterProvider, useLocation } from 'react-router';
import { createCache } from '../app/apollo-client';
import { AppRoutes } from '../app/AppRoutes';
import { createI18n, type Language } from '../app/i18n/i18n';
import { SessionBootstrap } from '../app/SessionBootstrap';
import { sessionStore } from '../app/session-store';
import type { SessionViewerFragment } from '../generated/graphql';
import { ThemeProvider } from '../ui/ThemeProvider';

export interface RenderAppOptions {
  route: string;
  /** The history state the app opens `route` with (as a redirect would leave it). */
  routeState?: unknown;
  /** The signed-in viewer; null renders signed out; 'restoring' opens as the app starts, restoring the session (RefreshSession). */
  viewer: SessionViewerFragment | null | 'restoring';
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  language?: Language;
}

/** Exposes the current path, so tests can assert where the router went. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** The whole app (routes, guards, shell) with mocked GraphQL, at `route`; its Apollo cache is returned to inspect. */
export function renderApp({ route, routeState, viewer, mocks = [], language = 'en' }: RenderAppOptions) {
  if (viewer === 'restoring') sessionStore.reset();
  else if (viewer) sessionStore.signIn({ accessToken: 'test-token', viewer });
  else sessionStore.signOut();
  const i18n = createI18n(language);
  const cache = createCache();
  // The app's data router (as main.tsx builds it), in memory.
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <SessionBootstrap>
              <AppRoutes />
            </SessionBootstrap>
            <LocationProbe />
          </>
        ),
      },
    ],
    { initialEntries: [routeState === undefined ? route : { ...parsePath(route), state: routeState }] },
  );
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <ThemeProvider env="test">
        <MockedProvider mocks={mocks} cache={cache} mockLinkDefaultOptions={{ delay: 0 }}>
          <RouterProvider router={router} />
        </MockedProvider>
      </ThemeProvider>
    </I18nextProvider>,
  );
  return { ...utils, i18n, cache };
}
