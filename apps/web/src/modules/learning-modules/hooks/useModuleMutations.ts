import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ModuleKind, PublishingAction } from '../../../generated/graphql';
import { useContentLocale } from '../../skills/hooks/useContentLocale';
import { forgetQuestionLists } from '../../questions/hooks/useQuestionMutations';
import { CreateModuleDocument, ModuleHistoryDocument, ReviewModuleDocument, SaveModuleDraftDocument } from '../graphql/modules.graphql';
import type { ModuleDraft } from '../module-draft';
import { draftContent } from '../module-draft';

export interface NewModule {
  code: string;
  kind: ModuleKind;
  draft: ModuleDraft;
  sourceLocale: string;
}

/** Creates the module and its first draft; lists read it on their next visit (they fetch cache-and-network). */
export function useCreateModule() {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(CreateModuleDocument);
  const createModule = useCallback(
    async ({ code, kind, draft, sourceLocale }: NewModule) => {
      const { data } = await mutate({ variables: { input: { code, kind, content: draftContent(draft, sourceLocale) }, locale } });
      return data?.createModule ?? null;
    },
    [mutate, locale],
  );
  return { createModule, loading };
}

/**
 * Saves the whole draft (texts in every locale); the version updates in place, or a new draft version starts.
 * `baseUpdatedAt` is when the version the edit was made on was saved: the API refuses the save (EDIT_CONFLICT) if
 * another author has saved since, rather than overwrite their work.
 */
export function useSaveModuleDraft(moduleId: string) {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(SaveModuleDraftDocument, { refetchQueries: [ModuleHistoryDocument] });
  const saveDraft = useCallback(
    async (draft: ModuleDraft, sourceLocale: string, baseUpdatedAt: string) => {
      const { data } = await mutate({ variables: { input: { moduleId, content: draftContent(draft, sourceLocale), baseUpdatedAt }, locale } });
      return data?.saveModuleDraft ?? null;
    },
    [mutate, moduleId, locale],
  );
  return { saveDraft, loading };
}

/**
 * What a module's review leaves stale, wherever it is made (its page, the review queue). Its questions move along with
 * it (publishing re-pins and publishes them): cached question pages, the bank's lists and every cached history (the
 * module's and its questions', which cannot be named here) are dropped. Dropped rather than refetched, since a refetch
 * reaches only queries on screen and the queue shows none of them: a page showing them reads them again at once (its
 * last reading stays meanwhile), any other when next opened.
 */
export function forgetModuleReview(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'question' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditTrail' });
  forgetQuestionLists(cache);
}

/** Moves the module through review (submit, request changes, publish, archive); what it leaves stale follows (see forgetModuleReview). */
export function useReviewModule(moduleId: string) {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(ReviewModuleDocument, { update: forgetModuleReview });
  const reviewModule = useCallback(
    async (action: PublishingAction) => {
      const { data } = await mutate({ variables: { input: { moduleId, action }, locale } });
      return data?.reviewModule ?? null;
    },
    [mutate, moduleId, locale],
  );
  return { reviewModule, loading };
}
