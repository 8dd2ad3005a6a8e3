import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { MyGamificationDocument, SetLeaderboardConsentDocument } from '../graphql/learn.graphql';
import { useLearnLocale } from './useLearnLocale';

/** Opts in to or out of the weekly leaderboards; the cached choice follows, which shows or hides the board. */
export function useLeaderboardConsent() {
  const locale = useLearnLocale();
  const [mutate, { loading }] = useMutation(SetLeaderboardConsentDocument);
  const setConsent = useCallback(
    async (optIn: boolean) => {
      await mutate({
        variables: { optIn },
        update(cache) {
          cache.updateQuery({ query: MyGamificationDocument, variables: { locale } }, (data) =>
            data ? { ...data, myGamification: { ...data.myGamification, leaderboardOptIn: optIn } } : data,
          );
        },
      });
    },
    [mutate, locale],
  );
  return { setConsent, loading };
}
