import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { CohortMemberCandidatesDocument } from '../graphql/cohorts.graphql';

export interface AddCohortMembersProps {
  existingMemberIds: ReadonlyArray<string>;
  /** Resolves to whether the users were added; on failure the picked users stay picked. */
  onAdd: (userIds: string[]) => Promise<boolean>;
  loading: boolean;
}

/** Pick advisors by name or email (searched on the server), then add them in one call. */
export function AddCohortMembers({ existingMemberIds, onAdd, loading }: AddCohortMembersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [selected, setSelected] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const { data, error, refetch } = useQuery(CohortMemberCandidatesDocument, {
    variables: { filter: { ...(debounced.trim() ? { search: debounced.trim() } : {}), role: 'ADVISOR', active: true }, limit: 20 },
  });
  const candidates = (data?.users.items ?? []).filter((user) => !existingMemberIds.includes(user.id));
  const options = new Map<string, string>(Object.entries(labels));
  for (const user of candidates) options.set(user.id, `${user.displayName} · ${user.email}`);

  async function add() {
    if (selected.length === 0) return;
    if (!(await onAdd(selected))) return;
    setSelected([]);
    setSearch('');
  }

  return (
    <Stack gap="sm">
      {error ? <ErrorNotice onRetry={() => void refetch().catch(() => undefined)}>{t('cohorts.candidatesLoadFailed')}</ErrorNotice> : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <MultiSelect
          style={{ flex: '1 1 280px' }}
          label={t('cohorts.addMembersLabel')}
          placeholder={t('cohorts.addMembersPlaceholder')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          data={[...options.entries()].map(([value, label]) => ({ value, label }))}
          value={selected}
          onChange={(ids) => {
            setSelected(ids);
            setLabels((previous) => {
              const next = { ...previous };
              for (const id of ids) next[id] = options.get(id) ?? id;
              return next;
            });
          }}
          nothingFoundMessage={error ? t('cohorts.candidatesLoadFailed') : t('cohorts.noCandidates')}
        />
        <Button onClick={() => void add()} loading={loading} disabled={selected.length === 0}>
          {t('cohorts.addMembers')}
        </Button>
      </Group>
    </Stack>
  );
}
