import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { UserImportStatus } from '../../../generated/graphql';
import { forgetPeopleCounts } from '../../users/hooks/useUserMutations';
import { UserImportDocument } from '../graphql/user-import.graphql';

export const IMPORT_POLL_INTERVAL_MS = 1000;

export function isImportInProgress(status: UserImportStatus | undefined): boolean {
  return status === 'PENDING' || status === 'RUNNING';
}

/**
 * One import, polled every second while the worker has it PENDING or RUNNING. Once it has SUCCEEDED, the users it
 * created count in the advisor and member counts: those cached are dropped (once per import), and the user lists too.
 */
export function useUserImport(id: string | null) {
  const { cache } = useApolloClient();
  const forgottenFor = useRef<string | null>(null);
  const query = useQuery(UserImportDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const status = query.data?.userImport.status;
  const inProgress = isImportInProgress(status);
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!id || !inProgress) return;
    startPolling(IMPORT_POLL_INTERVAL_MS);
    return () => stopPolling();
  }, [id, inProgress, startPolling, stopPolling]);
  useEffect(() => {
    if (!id || status !== 'SUCCEEDED' || forgottenFor.current === id) return;
    forgottenFor.current = id;
    forgetPeopleCounts(cache);
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
  }, [id, status, cache]);
  return query;
}
