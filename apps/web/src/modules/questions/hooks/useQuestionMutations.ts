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

/** The question bank lists are read with cache-and-network, so a new question needs no cache surgery here. */
export function useCreateQuestion() {
  const [mutate, { loading }] = useMutation(CreateQuestionDocument);
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
  const saveQuestionDraft = useCallback(
    async (content: QuestionDraft) => {
      const { data } = await mutate({ variables: { input: { questionId, content: content as unknown as Record<string, unknown> } } });
      return data?.saveQuestionDraft ?? null;
    },
    [mutate, questionId],
  );
  return { saveQuestionDraft, loading };
}

/** Submit, request changes, publish or archive; the status changes in place and the history follows. */
export function useReviewQuestion(questionId: string) {
  const [mutate, { loading }] = useMutation(ReviewQuestionDocument, { refetchQueries: [QuestionHistoryDocument] });
  const reviewQuestion = useCallback(
    async (action: PublishingAction) => {
      const { data } = await mutate({ variables: { input: { questionId, action } } });
      return data?.reviewQuestion ?? null;
    },
    [mutate, questionId],
  );
  return { reviewQuestion, loading };
}

/** All rows or none: the API either returns every imported question (as drafts) or a VALIDATION_FAILED naming each row. */
export function useImportQuestionsCsv(locale: string) {
  const [mutate, { loading }] = useMutation(ImportQuestionsCsvDocument);
  const importQuestionsCsv = useCallback(
    async (csv: string) => {
      const { data } = await mutate({ variables: { csv, locale } });
      return data?.importQuestionsCsv ?? [];
    },
    [mutate, locale],
  );
  return { importQuestionsCsv, loading };
}
