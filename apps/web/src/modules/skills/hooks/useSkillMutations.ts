import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateSkillInput } from '../../../generated/graphql';
import { CreateSkillDocument, SetSkillPrerequisitesDocument, SkillAuditTrailDocument, UpdateSkillDocument } from '../graphql/skills.graphql';
import { useContentLocale } from './useContentLocale';

/** A new skill joins the cached list in code order (the order of the `skills` query): no refetch. */
export function useCreateSkill() {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(CreateSkillDocument, {
    update(cache, { data }) {
      const created = data?.createSkill;
      if (!created) return;
      cache.modify({
        fields: {
          skills(existing: ReadonlyArray<Reference> = [], { readField, toReference }) {
            const ref = toReference(created);
            if (!ref || existing.some((item) => readField('id', item) === created.id)) return existing;
            const index = existing.findIndex((item) => (readField<string>('code', item) ?? '') > created.code);
            return index === -1 ? [...existing, ref] : [...existing.slice(0, index), ref, ...existing.slice(index)];
          },
        },
      });
    },
  });
  const createSkill = useCallback(
    async (input: CreateSkillInput) => {
      const { data } = await mutate({ variables: { input, locale } });
      return data?.createSkill ?? null;
    },
    [mutate, locale],
  );
  return { createSkill, loading };
}

export interface SkillTextValues {
  name: string;
  /** Omitted when empty (a translation may start with its name alone). */
  description: string;
}

/** Texts in one locale; the skill updates in place and its audit trail is refetched. */
export function useUpdateSkillText(skillId: string) {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(UpdateSkillDocument, { refetchQueries: [SkillAuditTrailDocument] });
  const updateSkillText = useCallback(
    async (textLocale: string, values: SkillTextValues) => {
      await mutate({
        variables: {
          input: { id: skillId, locale: textLocale, name: values.name, ...(values.description ? { description: values.description } : {}) },
          locale,
        },
      });
    },
    [mutate, skillId, locale],
  );
  return { updateSkillText, loading };
}

/** Sends the full list of prerequisites (the API replaces them); the graph and audit trail follow. */
export function useSetSkillPrerequisites(skillId: string) {
  const locale = useContentLocale();
  const [mutate, { loading }] = useMutation(SetSkillPrerequisitesDocument, { refetchQueries: [SkillAuditTrailDocument] });
  const setPrerequisites = useCallback(
    async (prerequisiteIds: string[]) => {
      await mutate({ variables: { input: { skillId, prerequisiteIds }, locale } });
    },
    [mutate, skillId, locale],
  );
  return { setPrerequisites, loading };
}
