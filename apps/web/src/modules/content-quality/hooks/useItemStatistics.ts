import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { RequestItemStatisticsDocument, StudioItemStatisticsDocument } from '../graphql/item-statistics.graphql';

const ANALYSIS_POLL_INTERVAL_MS = 2000;

/**
 * The maison's last item analysis, and a way to ask for a fresh one. While one is being computed by the worker the
 * report is polled, so the new figures replace the old ones as soon as they land.
 */
export function useItemStatistics(locale: string) {
  const query = useQuery(StudioItemStatisticsDocument, { variables: { locale }, notifyOnNetworkStatusChange: false });
  const [mutate, { loading: requesting }] = useMutation(RequestItemStatisticsDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: StudioItemStatisticsDocument, variables: { locale }, data: { __typename: 'Query', itemStatistics: data.requestItemStatistics } });
    },
  });
  const pending = query.data?.itemStatistics.pending ?? false;
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!pending) return;
    startPolling(ANALYSIS_POLL_INTERVAL_MS);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);
  const request = useCallback(() => mutate({ variables: { locale } }), [mutate, locale]);
  return { ...query, report: query.data?.itemStatistics, request, requesting };
}
