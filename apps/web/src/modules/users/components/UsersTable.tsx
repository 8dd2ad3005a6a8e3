import { ActionIcon, Badge, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconHistory, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UsersTable_UserFragment } from '../../../generated/graphql';

export interface UsersTableProps {
  users: ReadonlyArray<UsersTable_UserFragment>;
  onEdit: (id: string) => void;
  onSetPassword: (user: UsersTable_UserFragment) => void;
  onSetActive: (user: UsersTable_UserFragment, active: boolean) => void;
  onShowHistory: (user: UsersTable_UserFragment) => void;
}

export function UsersTable({ users, onEdit, onSetPassword, onSetActive, onShowHistory }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>{t('users.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.fields.displayName')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.boutique')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row">
              <Table.Td>
                <Text fw={500} size="sm">
                  {user.displayName}
                </Text>
                <Text c="dimmed" size="xs">
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge key={role} variant="outline" color="ink" radius="xs" size="sm">
                      {t(`roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{user.boutique?.name ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={user.active ? 'green' : 'gray'} radius="xs" size="sm">
                  {user.active ? t('users.active') : t('users.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="ink" aria-label={t('users.actionsFor', { name: user.displayName })}>
                      <IconDots size={18} aria-hidden="true" />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => onEdit(user.id)}>
                      {t('users.edit')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconKey size={16} aria-hidden="true" />} onClick={() => onSetPassword(user)}>
                      {t('users.setPassword')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconHistory size={16} aria-hidden="true" />} onClick={() => onShowHistory(user)}>
                      {t('users.history')}
                    </Menu.Item>
                    {user.active ? (
                      <Menu.Item leftSection={<IconUserOff size={16} aria-hidden="true" />} color="red" onClick={() => onSetActive(user, false)}>
                        {t('users.deactivate')}
                      </Menu.Item>
                    ) : (
                      <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden="true" />} onClick={() => onSetActive(user, true)}>
                        {t('users.reactivate')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
