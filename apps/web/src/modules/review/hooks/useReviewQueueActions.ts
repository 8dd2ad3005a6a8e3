import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { PublishingAction } from '../../../generated/graphql';
import { ReviewQueueDocument, ReviewQueuedModuleDocument, ReviewQueuedQuestionDocument } from '../graphql/review.graphql';

/**
 * Publish or send back from the queue. The queue is refetched afterwards: publishing a module carries its
 * questions along, so more than the reviewed item may leave it.
 */
export function useReviewQueueActions(locale: string) {
  const options = { refetchQueries: [ReviewQueueDocument], awaitRefetchQueries: true };
  const [mutateModule, moduleState] = useMutation(ReviewQueuedModuleDocument, options);
  const [mutateQuestion, questionState] = useMutation(ReviewQueuedQuestionDocument, options);

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
