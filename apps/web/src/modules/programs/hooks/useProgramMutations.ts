import type { Reference } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { CreateProgramInput, UpdateProgramInput } from '../../../generated/graphql';
import { useContentLocale } from '../../skills/hooks/useContentLocale';
import {
  CreateProgramDocument,
  ExportProgramPackageDocument,
  ImportProgramPackageDocument,
  SetProgramModulesDocument,
  StudioProgramsDocument,
  UpdateProgramDocument,
} from '../graphql/programs.graphql';

/** A new program joins the cached list where the API would put it: the onboarding program first, then by code. */
export function useCreateProgram() {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(CreateProgramDocument, {
    update(cache, { data }) {
      const created = data?.createProgram;
      if (!created) return;
      cache.modify({
        fields: {
          programs(existing: ReadonlyArray<Reference> = [], { readField, toReference }) {
            const ref = toReference(created);
            if (!ref || existing.some((item) => readField('id', item) === created.id)) return existing;
            const after = (item: Reference) => {
              const onboarding = readField<boolean>('onboarding', item) ?? false;
              if (created.onboarding !== onboarding) return created.onboarding;
              return (readField<string>('code', item) ?? '') > created.code;
            };
            const index = existing.findIndex(after);
            return index === -1 ? [...existing, ref] : [...existing.slice(0, index), ref, ...existing.slice(index)];
          },
        },
      });
    },
  });
  const createProgram = useCallback(
    async (input: CreateProgramInput) => {
      const { data } = await mutate({ variables: { input, locale } });
      return data?.createProgram ?? null;
    },
    [mutate, locale],
  );
  return { createProgram, loading };
}

/** Settings, or the title and description in one locale; the program updates in place. */
export function useUpdateProgram(programId: string) {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(UpdateProgramDocument);
  const updateProgram = useCallback(
    async (input: Omit<UpdateProgramInput, 'id'>) => {
      await mutate({ variables: { input: { id: programId, ...input }, locale } });
    },
    [mutate, programId, locale],
  );
  return { updateProgram, loading };
}

/**
 * Sends the whole ordered list of module ids (the API replaces the outline). `baseUpdatedAt` is the program's
 * updatedAt as the outline was read: the API refuses the list (EDIT_CONFLICT) if another author changed the program
 * since, rather than undo their change.
 */
export function useSetProgramModules(programId: string) {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(SetProgramModulesDocument);
  const setModules = useCallback(
    async (moduleIds: string[], baseUpdatedAt: string) => {
      await mutate({ variables: { input: { programId, moduleIds, baseUpdatedAt }, locale } });
    },
    [mutate, programId, locale],
  );
  return { setModules, loading };
}

/** The root fields a package import may make stale, lists and single items: it writes skills, questions, modules and a program. */
const IMPORTED_CONTENT_FIELDS = ['skills', 'skill', 'questions', 'question', 'modules', 'module', 'program'] as const;

/**
 * Imports a package file's text. The programs list on screen is read again, since the import may create or update
 * one; every other cached reading of content it may touch (the Skills page, the editors' pickers…) is dropped, to be
 * read afresh when next shown.
 */
export function useImportProgramPackage() {
  const [mutate, { loading }] = useMutation(ImportProgramPackageDocument, {
    refetchQueries: [StudioProgramsDocument],
    update(cache) {
      for (const fieldName of IMPORTED_CONTENT_FIELDS) cache.evict({ id: 'ROOT_QUERY', fieldName });
    },
  });
  const importPackage = useCallback(
    async (json: string) => {
      const { data } = await mutate({ variables: { json } });
      return data?.importProgramPackage ?? null;
    },
    [mutate],
  );
  return { importPackage, loading };
}

/** Asks for the package of a program (always from the network: it reflects what is published now). */
export function useExportProgramPackage(programId: string) {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const exportPackage = useCallback(async () => {
    setLoading(true);
    try {
      const { data } = await client.query({ query: ExportProgramPackageDocument, variables: { programId }, fetchPolicy: 'network-only' });
      return data?.exportProgramPackage ?? null;
    } finally {
      setLoading(false);
    }
  }, [client, programId]);
  return { exportPackage, loading };
}
