import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { changedFields } from '../../../app/forms';
import type { CreateBoutiqueInput, UpdateBoutiqueInput } from '../../../generated/graphql';
import { CreateBoutiqueDocument, CreateRegionDocument, UpdateBoutiqueDocument, UpdateRegionDocument } from '../graphql/organisation.graphql';

/** Regions and boutiques are few: refetch the active lists (regions, boutique pickers) after a structural change. */
const ORGANISATION_QUERIES = ['AdminRegions', 'BoutiqueOptions'];

export function useSaveRegion() {
  const [create, createState] = useMutation(CreateRegionDocument, { refetchQueries: ORGANISATION_QUERIES });
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
  const [create, createState] = useMutation(CreateBoutiqueDocument, { refetchQueries: ORGANISATION_QUERIES });
  const [update, updateState] = useMutation(UpdateBoutiqueDocument, { refetchQueries: ORGANISATION_QUERIES });
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
