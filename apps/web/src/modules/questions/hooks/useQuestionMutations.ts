import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { PublishingAction } from '../../../generated/graphql';
import {
  CreateQuestionDocument,
  ImportQuestionsCsvDocument,
  QuestionHistoryDocument,
  ReviewQuestionDocument,
  SaveQuestionDraftDocument,
} from '../graphql/questions.graphql';
import type { QuestionDraft } from '../question-draft';

/**
 * Drops every cached list of the bank, to be read afresh when next shown: new questions belong in them, and the module
 * editor's picker, unlike the bank's page, reads its list from the cache.
 */
export function forgetQuestionLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'questions' });
}

/**
 * What a question's review leaves stale, wherever it is made (its page, the review queue): its history. Dropped rather
 * than refetched, since a refetch reaches only queries on screen and the queue shows none: the question's page reads
 * it again at once if open, else when next opened.
 */
export function forgetQuestionReview(cache: ApolloCache, questionId: string) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditTrail', args: { entityType: 'question', entityId: questionId } });
}

/** Creates the question as a draft; the bank's lists follow (see forgetQuestionLists). */
export function useCreateQuestion() {
  const [mutate, { loading }] = useMutation(CreateQuestionDocument, { update: forgetQuestionLists });
  const createQuestion = useCallback(
    async (code: string, content: QuestionDraft) => {
      const { data } = await mutate({ variables: { input: { code, content: content as unknown as Record<string, unknown> } } });
      return data?.createQuestion ?? null;
    },
    [mutate],
  );
  return { createQuestion, loading };
}

/** Saves the whole draft; the question updates in place (a new draft version when it was published) and its history follows. */
export function useSaveQuestionDraft(questionId: string) {
  const [mutate, { loading }] = useMutation(SaveQuestionDraftDocument, { refetchQueries: [QuestionHistoryDocument] });
  // `baseUpdatedAt`: when the version the edit was made on was saved (EDIT_CONFLICT if another author saved since).
  const saveQuestionDraft = useCallback(
    async (content: QuestionDraft, baseUpdatedAt: string) => {
      const { data } = await mutate({ variables: { input: { questionId, content: content as unknown as Record<string, unknown>, baseUpdatedAt } } });
      return data?.saveQuestionDraft ?? null;
    },
    [mutate, questionId],
  );
  return { saveQuestionDraft, loading };
}

/** Submit, request changes, publish or archive; the status changes in place and the history follows (see forgetQuestionReview). */
export function useReviewQuestion(questionId: string) {
  const [mutate, { loading }] = useMutation(ReviewQuestionDocument, { update: (cache) => forgetQuestionReview(cache, questionId) });
  const reviewQuestion = useCallback(
    async (action: PublishingAction) => {
      const { data } = await mutate({ variables: { input: { questionId, action } } });
      return data?.reviewQuestion ?? null;
    },
    [mutate, questionId],
  );
  return { reviewQuestion, loading };
}

/**
 * All rows or none: the API either returns every imported question (as drafts) or a VALIDATION_FAILED naming each row.
 * The bank's lists follow (see forgetQuestionLists).
 */
export function useImportQuestionsCsv(locale: string) {
  const [mutate, { loading }] = useMutation(ImportQuestionsCsvDocument, { update: forgetQuestionLists });
  const importQuestionsCsv = useCallback(
    async (csv: string) => {
      const { data } = await mutate({ variables: { csv, locale } });
      return data?.importQuestionsCsv ?? [];
    },
    [mutate, locale],
  );
  return { importQuestionsCsv, loading };
}
