import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { PublishingAction } from '../../../generated/graphql';
import { forgetModuleReview } from '../../learning-modules/hooks/useModuleMutations';
import { forgetQuestionReview } from '../../questions/hooks/useQuestionMutations';
import { ReviewQueueDocument, ReviewQueuedModuleDocument, ReviewQueuedQuestionDocument } from '../graphql/review.graphql';

/** The reviewed item's page: the queue's answer fills only the queue's fields (not the published version, say). */
function forgetItemPage(cache: ApolloCache, fieldName: 'module' | 'question', id: string) {
  cache.evict({ id: 'ROOT_QUERY', fieldName, args: { id } });
}

/**
 * Publish or send back from the queue. The queue is refetched afterwards: publishing a module carries its
 * questions along, so more than the reviewed item may leave it. What else the review leaves stale is dropped as after
 * a review from the item's own page (forgetModuleReview, forgetQuestionReview), with the item's page.
 */
export function useReviewQueueActions(locale: string) {
  const refetchQueue = { refetchQueries: [ReviewQueueDocument], awaitRefetchQueries: true };
  const [mutateModule, moduleState] = useMutation(ReviewQueuedModuleDocument, {
    ...refetchQueue,
    update(cache, { data }) {
      if (!data) return;
      forgetModuleReview(cache);
      forgetItemPage(cache, 'module', data.reviewModule.id);
    },
  });
  const [mutateQuestion, questionState] = useMutation(ReviewQueuedQuestionDocument, {
    ...refetchQueue,
    update(cache, { data }) {
      if (!data) return;
      forgetQuestionReview(cache, data.reviewQuestion.id);
      forgetItemPage(cache, 'question', data.reviewQuestion.id);
    },
  });

  const reviewModule = useCallback(
    async (moduleId: string, action: PublishingAction) => {
      await mutateModule({ variables: { input: { moduleId, action }, locale } });
    },
    [mutateModule, locale],
  );
  const reviewQuestion = useCallback(
    async (questionId: string, action: PublishingAction) => {
      await mutateQuestion({ variables: { input: { questionId, action }, locale } });
    },
    [mutateQuestion, locale],
  );
  return { reviewModule, reviewQuestion, loading: moduleState.loading || questionState.loading };
}
