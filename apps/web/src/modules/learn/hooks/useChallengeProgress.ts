import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { TodayChallengeDocument } from '../graphql/adaptive.graphql';
import { useLearnLocale } from './useLearnLocale';

/**
 * Marks an item of today's challenge answered in the cache (kept on the device or recorded): Today's card counts it,
 * and opening the challenge again, even offline before the answer is sent, resumes after it. Only the item is
 * written: the challenge reads as completed once every item is answered, by the cache's rule for `completed`
 * (createCache), the one place that decides it.
 */
export function useMarkChallengeItemAnswered(): (challengeId: string, questionId: string) => void {
  const client = useApolloClient();
  const locale = useLearnLocale();
  return useCallback(
    (challengeId: string, questionId: string) => {
      client.cache.updateQuery({ query: TodayChallengeDocument, variables: { locale } }, (data) => {
        const challenge = data?.todayChallenge;
        if (!data || !challenge || challenge.id !== challengeId) return undefined;
        const items = challenge.items.map((item) => (item.question.id === questionId ? { ...item, answered: true } : item));
        return { ...data, todayChallenge: { ...challenge, items } };
      });
    },
    [client, locale],
  );
}
