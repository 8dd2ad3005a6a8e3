import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateUserInput, Role, UpdateUserInput } from '../../../generated/graphql';
import {
  AdminUsersDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  ReactivateUserDocument,
  SetUserPasswordDocument,
  UpdateUserDocument,
} from '../graphql/users.graphql';

/** A new user can land on any page of any filter: the user lists are refetched. */
export function useCreateUser() {
  const [mutate, { loading }] = useMutation(CreateUserDocument, {
    refetchQueries: [AdminUsersDocument],
    awaitRefetchQueries: true,
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

/**
 * Profile and roles in one mutation, saved whole or not at all (becoming an advisor needs a boutique and a start
 * date in the same change); the normalised cache updates the row in place.
 */
export function useUpdateUser() {
  const [mutate, { loading }] = useMutation(UpdateUserDocument);
  const updateUser = useCallback(
    async (input: UpdateUserInput, roles: { previous: ReadonlyArray<Role>; next: Role[] }) => {
      const changed = roles.previous.length !== roles.next.length || roles.next.some((role) => !roles.previous.includes(role));
      await mutate({ variables: { input: { ...input, ...(changed ? { roles: roles.next } : {}) } } });
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
  const [deactivate, deactivateState] = useMutation(DeactivateUserDocument, { refetchQueries: [AdminUsersDocument] });
  const [reactivate, reactivateState] = useMutation(ReactivateUserDocument, { refetchQueries: [AdminUsersDocument] });
  const setUserActive = useCallback(
    async (id: string, active: boolean) => {
      if (active) await reactivate({ variables: { id } });
      else await deactivate({ variables: { id } });
    },
    [deactivate, reactivate],
  );
  return { setUserActive, loading: deactivateState.loading || reactivateState.loading };
}
