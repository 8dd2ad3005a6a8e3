import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { changedFields } from '../../../app/forms';
import type { CreateBoutiqueInput, UpdateBoutiqueInput } from '../../../generated/graphql';
import { CreateBoutiqueDocument, CreateRegionDocument, UpdateBoutiqueDocument, UpdateRegionDocument } from '../graphql/organisation.graphql';

/**
 * After a structural change, every cached reading of regions and boutiques (the Organisation page, the Users page's
 * boutique pickers) is dropped, to be read afresh: at once where on screen, else when next shown. Not a refetch by
 * query name, which reaches only queries on screen and would leave the pickers of a page not open stale.
 */
function forgetOrganisation(cache: ApolloCache) {
  for (const fieldName of ['regions', 'boutiques']) cache.evict({ id: 'ROOT_QUERY', fieldName });
}

export function useSaveRegion() {
  const [create, createState] = useMutation(CreateRegionDocument, { update: forgetOrganisation });
  const [update, updateState] = useMutation(UpdateRegionDocument);
  const saveRegion = useCallback(
    async (id: string | null, name: string) => {
      if (id) await update({ variables: { input: { id, name } } });
      else await create({ variables: { input: { name } } });
    },
    [create, update],
  );
  return { saveRegion, loading: createState.loading || updateState.loading };
}

export function useSaveBoutique() {
  const [create, createState] = useMutation(CreateBoutiqueDocument, { update: forgetOrganisation });
  const [update, updateState] = useMutation(UpdateBoutiqueDocument, { update: forgetOrganisation });
  /** An edit (`id`) sends only the fields that differ from `openedWith`, the values the form was opened with. */
  const saveBoutique = useCallback(
    async (id: string | null, input: CreateBoutiqueInput, openedWith?: Partial<Record<keyof CreateBoutiqueInput, string | null>> | null) => {
      if (id) {
        const patch: UpdateBoutiqueInput = { id, ...changedFields(input, openedWith) };
        await update({ variables: { input: patch } });
      } else {
        await create({ variables: { input } });
      }
    },
    [create, update],
  );
  return { saveBoutique, loading: createState.loading || updateState.loading };
}
