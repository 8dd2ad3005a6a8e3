import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { CompleteLessonDocument, MyGamificationDocument, SetLeaderboardConsentDocument } from '../graphql/learn.graphql';
import { useLearnLocale } from './useLearnLocale';

/** Records that the advisor read the lesson to its end (idempotent on the server). Null when it could not. */
export function useCompleteLesson() {
  const [mutate, { loading }] = useMutation(CompleteLessonDocument, { fetchPolicy: 'no-cache' });
  const completeLesson = useCallback(
    async (moduleVersionId: string) => {
      try {
        const { data } = await mutate({ variables: { moduleVersionId } });
        return data?.completeLesson ?? null;
      } catch {
        return null;
      }
    },
    [mutate],
  );
  return { completeLesson, loading };
}

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
