import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { changedFields } from '../../../app/forms';
import type { CreateUserInput, Role } from '../../../generated/graphql';
import {
  AdminUsersDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  ReactivateUserDocument,
  SetUserPasswordDocument,
  UpdateUserDocument,
} from '../graphql/users.graphql';

/**
 * What a change to people leaves stale elsewhere: the advisor counts of the Organisation page (regions and their
 * boutiques) and the member counts of cohorts. Dropped rather than refetched, since a refetch reaches only queries on
 * screen: a page that shows them reads them again at once if open, else when next opened.
 */
export function forgetPeopleCounts(cache: ApolloCache) {
  for (const fieldName of ['regions', 'cohorts', 'cohort']) cache.evict({ id: 'ROOT_QUERY', fieldName });
}

/** A new user can land on any page of any filter: the user lists are refetched. */
export function useCreateUser() {
  const [mutate, { loading }] = useMutation(CreateUserDocument, {
    refetchQueries: [AdminUsersDocument],
    awaitRefetchQueries: true,
    update: forgetPeopleCounts,
  });
  const createUser = useCallback(
    async (input: CreateUserInput) => {
      const { data } = await mutate({ variables: { input } });
      return data?.createUser ?? null;
    },
    [mutate],
  );
  return { createUser, loading };
}

/** What the user form edits: the profile and the roles. */
export interface UserEdit {
  displayName: string;
  roles: Role[];
  boutiqueId: string | null;
  locale: string | null;
  timezone: string | null;
  startDate: string | null;
}

/**
 * Profile and roles in one mutation, saved whole or not at all (becoming an advisor needs a boutique and a start
 * date in the same change); the normalised cache updates the row in place. Only what differs from `openedWith`, the
 * values the form was opened with, is sent: a time zone or locale the person or another admin changed meanwhile is
 * not reverted, and an unchanged boutique or start date is not sent as null (which clears it). A changed role,
 * boutique or name can move the person out of (or into) the filter on screen: the lists are refetched.
 */
export function useUpdateUser() {
  const [mutate, { loading }] = useMutation(UpdateUserDocument, { refetchQueries: [AdminUsersDocument], update: forgetPeopleCounts });
  const updateUser = useCallback(
    async (id: string, { roles, ...profile }: UserEdit, openedWith: UserEdit) => {
      const rolesChanged = roles.length !== openedWith.roles.length || roles.some((role) => !openedWith.roles.includes(role));
      await mutate({ variables: { input: { id, ...changedFields(profile, openedWith), ...(rolesChanged ? { roles } : {}) } } });
    },
    [mutate],
  );
  return { updateUser, loading };
}

export function useSetUserPassword() {
  const [mutate, { loading }] = useMutation(SetUserPasswordDocument);
  const setUserPassword = useCallback(
    async (userId: string, password: string) => {
      await mutate({ variables: { input: { userId, password } } });
    },
    [mutate],
  );
  return { setUserPassword, loading };
}

/** Deactivation changes who matches an `active` filter: the lists are refetched after the row updates. */
export function useSetUserActive() {
  const [deactivate, deactivateState] = useMutation(DeactivateUserDocument, { refetchQueries: [AdminUsersDocument], update: forgetPeopleCounts });
  const [reactivate, reactivateState] = useMutation(ReactivateUserDocument, { refetchQueries: [AdminUsersDocument], update: forgetPeopleCounts });
  const setUserActive = useCallback(
    async (id: string, active: boolean) => {
      if (active) await reactivate({ variables: { id } });
      else await deactivate({ variables: { id } });
    },
    [deactivate, reactivate],
  );
  return { setUserActive, loading: deactivateState.loading || reactivateState.loading };
}
