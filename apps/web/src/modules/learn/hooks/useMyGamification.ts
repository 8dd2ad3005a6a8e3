import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { MyGamificationDocument } from '../graphql/learn.graphql';
import { localDay, useLocalDay } from './useLocalDay';

/**
 * The local day on which the API last gave the advisor's gamification, shared by the pages that show it (the cache
 * they read is shared too). Null until it has, in this page load.
 */
let readOn: string | null = null;

/**
 * The advisor's level, XP, streak and badges (MyGamification), read again when the app becomes visible again and at
 * each local midnight: XP of the day and "done today" belong to one day. `stale` says the reading on show is from an
 * earlier day (the new one could not be read yet, offline say): today's XP and whether today is done are not known.
 */
export function useMyGamification(locale: string) {
  const query = useQuery(MyGamificationDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const { refetch, networkStatus, error, data } = query;
  const readAgain = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const today = useLocalDay(readAgain);
  const [read, setRead] = useState(readOn);

  useEffect(() => {
    // A reading has just come from the API (this page's, a refetch, or one after answers were sent).
    if (networkStatus !== NetworkStatus.ready || error !== undefined || data === undefined) return;
    readOn = localDay();
    setRead(readOn);
  }, [networkStatus, error, data]);

  return { ...query, stale: data !== undefined && read !== today };
}
