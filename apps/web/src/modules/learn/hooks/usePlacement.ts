import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { PlacementPlayer_PlacementFragment } from '../../../generated/graphql';
import { MyPlacementDocument, NextPlacementQuestionDocument } from '../graphql/adaptive.graphql';
import { useLearnLocale } from './useLearnLocale';

/**
 * Starts or continues the placement: the question to answer now, or DONE with the skills it showed as known. The
 * cached placement follows, so Today stops inviting to it once it is done.
 */
export function useNextPlacementQuestion() {
  const locale = useLearnLocale();
  const [mutate, { loading }] = useMutation(NextPlacementQuestionDocument);
  const next = useCallback(async (): Promise<PlacementPlayer_PlacementFragment> => {
    const { data } = await mutate({
      variables: { locale },
      update(cache, { data: result }) {
        if (result) cache.writeQuery({ query: MyPlacementDocument, variables: { locale }, data: { __typename: 'Query', myPlacement: result.nextPlacementQuestion } });
      },
    });
    if (!data) throw new Error('NextPlacementQuestion answered without data');
    return data.nextPlacementQuestion;
  }, [mutate, locale]);
  return { next, loading };
}
