import '@fontsource-variable/inter';
import '@fontsource/cormorant-garamond/500.css';
import '@fontsource/cormorant-garamond/600.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './ui/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo-client';
import { AppProviders } from './app/AppProviders';
import { AppRoutes } from './app/AppRoutes';
import { createI18n } from './app/i18n/i18n';
import { SessionBootstrap } from './app/SessionBootstrap';

const { client } = createApolloClient('/graphql');
const i18n = createI18n();
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// A data router (the app's own <Routes> under one splat route), so that editors can hold a move inside the app.
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <SessionBootstrap>
        <AppRoutes />
      </SessionBootstrap>
    ),
  },
]);

createRoot(container).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
