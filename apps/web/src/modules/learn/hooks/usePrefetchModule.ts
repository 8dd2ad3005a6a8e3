import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { LearnerModuleDocument } from '../graphql/learn.graphql';
import { useLearnLocale } from './useLearnLocale';

/**
 * Reads today's module ahead, while the connection is there: boutique Wi-Fi comes and goes, and a module already in
 * the cache opens even when it has gone.
 */
export function usePrefetchModule(moduleId: string | null | undefined): void {
  const client = useApolloClient();
  const locale = useLearnLocale();
  useEffect(() => {
    if (!moduleId) return;
    client.query({ query: LearnerModuleDocument, variables: { id: moduleId, locale } }).catch(() => undefined);
  }, [client, moduleId, locale]);
}
