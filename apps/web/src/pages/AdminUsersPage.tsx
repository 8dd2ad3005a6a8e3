import { useQuery } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesText } from '../app/graphql-errors';
import { usePagedList } from '../app/paged-list';
import type { UserFilterInput, UsersTable_UserFragment } from '../generated/graphql';
import { SetPasswordModal } from '../modules/users/components/SetPasswordModal';
import { UserFilters, type UserFilterValues } from '../modules/users/components/UserFilters';
import { UserFormModal } from '../modules/users/components/UserFormModal';
import { UserHistoryModal } from '../modules/users/components/UserHistoryModal';
import { UsersTable } from '../modules/users/components/UsersTable';
import { AdminUsersDocument, BoutiqueOptionsDocument } from '../modules/users/graphql/users.graphql';
import { useSetUserActive } from '../modules/users/hooks/useUserMutations';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ListPagination } from '../ui/ListPagination';
import { PageHeading } from '../ui/PageHeading';

export const USERS_PAGE_SIZE = 20;

function toFilterInput(values: UserFilterValues, search: string): UserFilterInput {
  return {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(values.role ? { role: values.role } : {}),
    ...(values.boutiqueId ? { boutiqueId: values.boutiqueId } : {}),
    ...(values.active === 'all' ? {} : { active: values.active === 'active' }),
  };
}

export function AdminUsersPage() {
  const { t } = useTranslation();
  const { filters, setFilters, debouncedSearch, page, setPage, offset, limit, keepWithinTotal } = usePagedList<UserFilterValues>(
    { search: '', role: null, boutiqueId: null, active: 'all' },
    USERS_PAGE_SIZE,
  );
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [passwordFor, setPasswordFor] = useState<UsersTable_UserFragment | null>(null);
  const [historyOf, setHistoryOf] = useState<UsersTable_UserFragment | null>(null);
  const { setUserActive } = useSetUserActive();

  const filter = useMemo(() => toFilterInput(filters, debouncedSearch), [filters, debouncedSearch]);
  const usersQuery = useQuery(AdminUsersDocument, {
    variables: { filter, offset, limit },
    fetchPolicy: 'cache-and-network',
  });
  keepWithinTotal(usersQuery.data?.users);
  const boutiquesQuery = useQuery(BoutiqueOptionsDocument);
  const boutiques = boutiquesQuery.data?.boutiques ?? [];
  const users = usersQuery.data?.users.items ?? [];
  const total = usersQuery.data?.users.total ?? 0;
  const editedUser = editing && editing !== 'new' ? (users.find((user) => user.id === editing) ?? null) : null;

  async function toggleActive(user: UsersTable_UserFragment, active: boolean) {
    try {
      await setUserActive(user.id, active);
      notifications.show({
        color: 'green',
        message: active ? t('users.reactivated', { name: user.displayName }) : t('users.deactivated', { name: user.displayName }),
      });
    } catch (caught) {
      // A refusal with reasons (deactivating yourself: SELF_DEACTIVATION) says them.
      notifications.show({ color: 'red', message: issuesText(t, caught) || t('errors.generic') });
    }
  }

  return (
    <section aria-labelledby="users-heading">
      <PageHeading
        order={2}
        id="users-heading"
        title={t('admin.sections.users')}
        subtitle={t('users.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
            {t('users.create')}
          </Button>
        }
      />
      <UserFilters
        value={filters}
        boutiques={boutiques}
        onChange={setFilters}
      />
      {boutiquesQuery.error ? (
        <ErrorNotice onRetry={() => void boutiquesQuery.refetch().catch(() => undefined)}>{t('users.boutiquesLoadFailed')}</ErrorNotice>
      ) : null}
      {usersQuery.error ? (
        <ErrorNotice onRetry={() => void usersQuery.refetch().catch(() => undefined)}>{t('users.listLoadFailed')}</ErrorNotice>
      ) : null}
      {usersQuery.loading && !usersQuery.data ? (
        <CenteredLoader label={t('common.loading')} />
      ) : usersQuery.data ? (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {t('users.count', { count: total })}
          </Text>
          <UsersTable
            users={users}
            onEdit={(id) => setEditing(id)}
            onSetPassword={setPasswordFor}
            onSetActive={(user, active) => void toggleActive(user, active)}
            onShowHistory={setHistoryOf}
          />
          <ListPagination total={total} pageSize={USERS_PAGE_SIZE} page={page} onChange={setPage} />
        </>
      ) : null}
      <UserFormModal
        opened={editing !== null}
        user={editedUser}
        boutiques={boutiques}
        boutiquesFailed={Boolean(boutiquesQuery.error)}
        onRetryBoutiques={() => void boutiquesQuery.refetch().catch(() => undefined)}
        onClose={() => setEditing(null)}
        onSaved={(name) => notifications.show({ color: 'green', message: t('users.saved', { name }) })}
      />
      <SetPasswordModal
        user={passwordFor}
        onClose={() => setPasswordFor(null)}
        onSaved={() => notifications.show({ color: 'green', message: t('users.passwordSet') })}
      />
      <UserHistoryModal user={historyOf} boutiques={boutiques} onClose={() => setHistoryOf(null)} />
    </section>
  );
}
