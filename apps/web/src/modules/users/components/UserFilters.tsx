import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { ALL_ROLES, type BoutiqueOption } from './UserFormModal';

export interface UserFilterValues {
  search: string;
  role: Role | null;
  boutiqueId: string | null;
  active: 'all' | 'active' | 'inactive';
}

export interface UserFiltersProps {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
  boutiques: ReadonlyArray<BoutiqueOption>;
}

export function UserFilters({ value, onChange, boutiques }: UserFiltersProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mb="lg" role="search" aria-label={t('users.filters')}>
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.currentTarget.value })}
      />
      <Select
        label={t('users.fields.role')}
        placeholder={t('users.anyRole')}
        data={ALL_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: role as Role | null })}
        clearable
      />
      <Select
        label={t('users.fields.boutique')}
        placeholder={t('users.anyBoutique')}
        data={boutiques.map((boutique) => ({ value: boutique.id, label: boutique.name }))}
        value={value.boutiqueId}
        onChange={(boutiqueId) => onChange({ ...value, boutiqueId })}
        searchable
        clearable
      />
      <Select
        label={t('users.fields.status')}
        data={[
          { value: 'all', label: t('users.statusAll') },
          { value: 'active', label: t('users.active') },
          { value: 'inactive', label: t('users.inactive') },
        ]}
        value={value.active}
        allowDeselect={false}
        onChange={(active) => onChange({ ...value, active: (active ?? 'all') as UserFilterValues['active'] })}
      />
    </SimpleGrid>
  );
}
