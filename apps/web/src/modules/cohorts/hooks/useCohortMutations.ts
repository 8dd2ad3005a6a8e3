import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { changedFields } from '../../../app/forms';
import type { CohortKind } from '../../../generated/graphql';
import { AddCohortMembersDocument, AdminCohortsDocument, CreateCohortDocument, RemoveCohortMembersDocument, UpdateCohortDocument } from '../graphql/cohorts.graphql';

export interface CohortFormValues {
  name: string;
  kind: CohortKind;
  description: string;
}

/**
 * A new cohort joins the list (refetched); edits update the normalised Cohort in place. An edit sends only the name
 * and description that differ from `openedWith`, what the form was opened with: a description another admin changed
 * meanwhile is not reverted by a rename.
 */
export function useSaveCohort() {
  const [create, createState] = useMutation(CreateCohortDocument, { refetchQueries: [AdminCohortsDocument] });
  const [update, updateState] = useMutation(UpdateCohortDocument);
  const saveCohort = useCallback(
    async (id: string | null, values: CohortFormValues, openedWith?: Pick<CohortFormValues, 'name' | 'description'>) => {
      if (id) await update({ variables: { input: { id, ...changedFields({ name: values.name, description: values.description }, openedWith) } } });
      else await create({ variables: { input: values } });
    },
    [create, update],
  );
  return { saveCohort, loading: createState.loading || updateState.loading };
}

/** Both mutations return the cohort with its members and count: the cache updates the detail and the list. */
export function useCohortMembers(cohortId: string) {
  const [add, addState] = useMutation(AddCohortMembersDocument);
  const [remove, removeState] = useMutation(RemoveCohortMembersDocument);
  const addMembers = useCallback(
    async (userIds: string[]) => {
      await add({ variables: { input: { cohortId, userIds } } });
    },
    [add, cohortId],
  );
  const removeMembers = useCallback(
    async (userIds: string[]) => {
      await remove({ variables: { input: { cohortId, userIds } } });
    },
    [remove, cohortId],
  );
  return { addMembers, removeMembers, loading: addState.loading || removeState.loading };
}
