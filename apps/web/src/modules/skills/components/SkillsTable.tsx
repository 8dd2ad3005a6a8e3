import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SkillsTable_SkillFragment } from '../../../generated/graphql';
import { TranslationBadges } from '../../localised-text/components/TranslationBadges';

export interface SkillsTableProps {
  skills: ReadonlyArray<SkillsTable_SkillFragment>;
  /** Names the table for screen readers (the category it lists). */
  caption: string;
}

export function SkillsTable({ skills, caption }: SkillsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('studio.skills.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('studio.skills.fields.code')}</Table.Th>
            <Table.Th scope="col">{t('studio.skills.fields.prerequisites')}</Table.Th>
            <Table.Th scope="col">{t('studio.skills.fields.translations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {skills.map((skill) => (
            <Table.Tr key={skill.id}>
              <Table.Td>
                <Anchor component={Link} to={`/studio/skills/${skill.id}`} fw={500} c="ink.8">
                  {skill.name.text}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" c="dimmed">
                  {skill.code}
                </Text>
              </Table.Td>
              <Table.Td>
                {skill.prerequisites.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('studio.skills.noPrerequisites')}
                  </Text>
                ) : (
                  <Group gap={4} wrap="wrap">
                    {skill.prerequisites.map((prerequisite) => (
                      <Badge key={prerequisite.id} variant="default" radius="xs" size="sm" tt="none" fw={400} ff="monospace">
                        {prerequisite.code}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                <TranslationBadges texts={[skill.name, skill.description]} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
