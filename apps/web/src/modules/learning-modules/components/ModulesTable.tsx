import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModulesTable_ModuleFragment } from '../../../generated/graphql';
import { ContentStatusBadge } from '../../workflow/components/ContentStatusBadge';
import { ModuleKindBadge } from './ModuleKindBadge';

export interface ModulesTableProps {
  modules: ReadonlyArray<ModulesTable_ModuleFragment>;
  caption: string;
}

export function ModulesTable({ modules, caption }: ModulesTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('studio.modules.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('studio.modules.fields.code')}</Table.Th>
            <Table.Th scope="col">{t('studio.modules.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('studio.modules.fields.latest')}</Table.Th>
            <Table.Th scope="col">{t('studio.modules.fields.published')}</Table.Th>
            <Table.Th scope="col">{t('studio.modules.fields.lastEditor')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {modules.map((module) => (
            <Table.Tr key={module.id}>
              <Table.Td>
                <Anchor component={Link} to={`/studio/modules/${module.id}`} fw={500} c="ink.8">
                  {module.latest.title.text}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" c="dimmed">
                  {module.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <ModuleKindBadge kind={module.kind} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">{t('studio.modules.versionNumber', { version: module.latest.version })}</Text>
                  <ContentStatusBadge status={module.latest.status} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={module.published ? undefined : 'dimmed'}>
                  {module.published ? t('studio.modules.versionNumber', { version: module.published.version }) : t('studio.modules.notPublishedShort')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{module.latest.authorship.lastEditorName}</Text>
                <Text component="time" dateTime={module.latest.authorship.updatedAt} size="xs" c="dimmed">
                  {t('common.dateTime', { value: new Date(module.latest.authorship.updatedAt) })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
