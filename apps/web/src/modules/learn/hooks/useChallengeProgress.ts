import type { StoreObject } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { questionOfChallengeItem } from '../../../app/apollo-client';

/**
 * Marks an item of today's challenge answered in the cache (kept on the device or recorded): Today's card counts it,
 * and opening the challenge again, even offline before the answer is sent, resumes after it. In every language the
 * challenge was read in (the cache keeps each one's items: createCache), so switching language does not offer it
 * again. Only the item is written: the challenge reads as completed once every item is answered, by the cache's rule
 * for `completed`, the one place that decides it.
 */
export function useMarkChallengeItemAnswered(): (challengeId: string, questionId: string) => void {
  const client = useApolloClient();
  return useCallback(
    (challengeId: string, questionId: string) => {
      client.cache.modify<{ items: readonly StoreObject[] }>({
        id: client.cache.identify({ __typename: 'Challenge', id: challengeId }),
        fields: {
          items: (items, { readField }) => items.map((item) => (questionOfChallengeItem(item, readField) === questionId ? { ...item, answered: true } : item)),
        },
      });
    },
    [client],
  );
}
