import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgramsTable_ProgramFragment } from '../../../generated/graphql';
import { OnboardingBadge } from './OnboardingBadge';

export interface ProgramsTableProps {
  programs: ReadonlyArray<ProgramsTable_ProgramFragment>;
  caption: string;
}

export function ProgramsTable({ programs, caption }: ProgramsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('studio.programs.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('studio.programs.fields.code')}</Table.Th>
            <Table.Th scope="col">{t('studio.programs.fields.onboarding')}</Table.Th>
            <Table.Th scope="col">{t('studio.programs.fields.threshold')}</Table.Th>
            <Table.Th scope="col">{t('studio.programs.fields.modules')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((program) => (
            <Table.Tr key={program.id}>
              <Table.Td>
                <Anchor component={Link} to={`/studio/programs/${program.id}`} fw={500} c="ink.8">
                  {program.title.text}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" c="dimmed">
                  {program.code}
                </Text>
              </Table.Td>
              <Table.Td>{program.onboarding ? <OnboardingBadge /> : <Text size="sm" c="dimmed">{t('studio.programs.notOnboarding')}</Text>}</Table.Td>
              <Table.Td>
                <Text size="sm">{t('studio.programs.thresholdValue', { value: program.certificationThreshold })}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('studio.programs.moduleCount', { count: program.modules.length })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
