import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { StartUserImportDocument, UserImportsDocument } from '../graphql/user-import.graphql';

/** Starts an import from the CSV text and puts it at the head of the recent imports (newest first). */
export function useStartUserImport() {
  const [mutate, { loading }] = useMutation(StartUserImportDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: UserImportsDocument }, (previous) =>
        previous
          ? { ...previous, userImports: [data.startUserImport, ...previous.userImports.filter((item) => item.id !== data.startUserImport.id)].slice(0, 20) }
          : previous,
      );
    },
  });
  const startUserImport = useCallback(
    async (fileName: string, csv: string) => {
      const { data } = await mutate({ variables: { input: { fileName, csv } } });
      if (!data) throw new Error('startUserImport returned no data');
      return data.startUserImport;
    },
    [mutate],
  );
  return { startUserImport, loading };
}
