import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CohortsTable_CohortFragment } from '../../../generated/graphql';
import { CohortKindBadge } from './CohortKindBadge';

export interface CohortsTableProps {
  cohorts: ReadonlyArray<CohortsTable_CohortFragment>;
  onEdit: (cohort: CohortsTable_CohortFragment) => void;
}

export function CohortsTable({ cohorts, onEdit }: CohortsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="sm" aria-label={t('admin.sections.cohorts')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cohorts.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('cohorts.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('cohorts.fields.members')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cohorts.map((cohort) => (
            <Table.Tr key={cohort.id}>
              <Table.Td>
                <Anchor component={Link} to={`/admin/cohorts/${cohort.id}`} fw={500} c="ink.8">
                  {cohort.name}
                </Anchor>
                {cohort.description ? (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {cohort.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <CohortKindBadge kind={cohort.kind} />
              </Table.Td>
              <Table.Td>{t('cohorts.memberCount', { count: cohort.memberCount })}</Table.Td>
              <Table.Td ta="right">
                <Button variant="subtle" size="xs" onClick={() => onEdit(cohort)} aria-label={t('cohorts.editNamed', { name: cohort.name })}>
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
