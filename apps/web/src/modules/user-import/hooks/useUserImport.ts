import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import type { UserImportStatus } from '../../../generated/graphql';
import { UserImportDocument } from '../graphql/user-import.graphql';

export const IMPORT_POLL_INTERVAL_MS = 1000;

export function isImportInProgress(status: UserImportStatus | undefined): boolean {
  return status === 'PENDING' || status === 'RUNNING';
}

/** One import, polled every second while the worker has it PENDING or RUNNING. */
export function useUserImport(id: string | null) {
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
  return query;
}
