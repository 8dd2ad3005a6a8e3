import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { SEARCH_DEBOUNCE_MS } from '../../../app/paged-list';
import type { ModuleQuestionBankQuery } from '../../../generated/graphql';
import { useContentLocale } from '../../skills/hooks/useContentLocale';
import { ModuleQuestionBankDocument } from '../graphql/modules.graphql';

export type BankQuestion = ModuleQuestionBankQuery['questions']['items'][number];

/** The most questions a module's list reads from the bank (the API's page size). */
const MODULE_QUESTIONS_READ = 200;
/** The questions a search offers at once: typing more narrows them. */
const CANDIDATES_SHOWN = 20;

export interface ModuleQuestionBank {
  /** The module's questions and those offered, by code: what the list shows of each. */
  byCode: ReadonlyMap<string, BankQuestion>;
  /** What the search finds, best first (by code); null until first read. */
  candidates: ReadonlyArray<BankQuestion> | null;
  /** How many questions the search finds in all (more than `candidates` holds: type more). */
  candidatesTotal: number;
  failed: boolean;
  retry: () => void;
}

/**
 * The question bank as the module editor needs it, read on the server: a bank runs to tens of thousands of
 * questions. The module's own questions (their status and prompt) and the questions a search finds, once typing
 * pauses. While another reading is on its way, the last one stays.
 */
export function useModuleQuestionBank(codes: readonly string[], search: string): ModuleQuestionBank {
  const locale = useContentLocale();
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const own = useQuery(ModuleQuestionBankDocument, { variables: { locale, filter: { codes: [...codes] }, limit: MODULE_QUESTIONS_READ }, skip: codes.length === 0 });
  const found = useQuery(ModuleQuestionBankDocument, { variables: { locale, filter: { search: debouncedSearch }, limit: CANDIDATES_SHOWN } });
  const ownItems = (own.data ?? own.previousData)?.questions.items ?? [];
  const foundPage = (found.data ?? found.previousData)?.questions;
  return {
    byCode: new Map([...(foundPage?.items ?? []), ...ownItems].map((question) => [question.code, question])),
    candidates: foundPage?.items ?? null,
    candidatesTotal: foundPage?.total ?? 0,
    failed: own.error !== undefined || found.error !== undefined,
    retry: () => {
      if (own.error) void own.refetch().catch(() => undefined);
      if (found.error) void found.refetch().catch(() => undefined);
    },
  };
}
