import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortMembers_CohortFragment } from '../../../generated/graphql';

export interface CohortMembersTableProps {
  cohort: CohortMembers_CohortFragment;
  onRemove: (userId: string) => void;
  loading: boolean;
}

export function CohortMembersTable({ cohort, onRemove, loading }: CohortMembersTableProps) {
  const { t } = useTranslation();
  if (cohort.members.length === 0) return <Text c="dimmed">{t('cohorts.noMembers')}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="sm" aria-label={t('cohorts.fields.members')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.fields.displayName')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.boutique')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cohort.members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {member.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {member.email}
                </Text>
              </Table.Td>
              <Table.Td>{member.boutique?.name ?? '—'}</Table.Td>
              <Table.Td ta="right">
                <Button variant="subtle" color="red" size="xs" disabled={loading} onClick={() => onRemove(member.id)} aria-label={t('cohorts.removeNamed', { name: member.displayName })}>
                  {t('cohorts.remove')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
