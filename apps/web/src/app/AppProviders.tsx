import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ThemeProvider } from '../ui/ThemeProvider';

export interface AppProvidersProps {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
}

export function AppProviders({ client, i18n, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider defaultColorScheme="light" forceColorScheme="light">
        <Notifications position="top-center" />
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </ThemeProvider>
    </I18nextProvider>
  );
}
