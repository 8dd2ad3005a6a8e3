import { Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgramOutline_ModuleFragment } from '../../../generated/graphql';
import { ContentStatusBadge } from '../../workflow/components/ContentStatusBadge';
import { ModuleKindBadge } from '../../learning-modules/components/ModuleKindBadge';
import { MoveButtons } from '../../learning-modules/components/MoveButtons';
import { useFocusAfterRemoval } from '../../learning-modules/hooks/useFocusAfterRemoval';
import { moveItem } from '../../learning-modules/module-draft';

export interface ProgramOutlineProps {
  /** The program's modules, in order. */
  modules: ReadonlyArray<ProgramOutline_ModuleFragment>;
  /** Every module of the maison: those not in the program can be added. */
  allModules: ReadonlyArray<ProgramOutline_ModuleFragment>;
  /** Sends the whole new order; resolves to whether it was saved. */
  onChange: (moduleIds: string[]) => Promise<boolean>;
  saving: boolean;
}

/** The modules in the order learners follow them: moved with buttons, added from the maison's modules, removed. */
export function ProgramOutline({ modules, allModules, onChange, saving }: ProgramOutlineProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const focusAfterRemoval = useFocusAfterRemoval(modules.length, saving);
  const ids = modules.map((module) => module.id);
  const candidates = allModules.filter((module) => !ids.includes(module.id));

  async function add() {
    if (!picked) return;
    if (await onChange([...ids, picked])) setPicked(null);
  }

  return (
    <Stack gap="sm" ref={focusAfterRemoval.ref}>
      {modules.length === 0 ? <Text c="dimmed">{t('studio.programs.outline.empty')}</Text> : null}
      {modules.length > 0 ? (
        <Stack component="ol" gap="xs" m={0} p={0} aria-label={t('studio.programs.outline.list')} style={{ listStyle: 'none' }}>
          {modules.map((module, index) => {
            const name = module.latest.title.text;
            return (
              <Paper key={module.id} component="li" withBorder p={{ base: 'xs', sm: 'sm' }} bg="white">
                <Group justify="space-between" wrap="wrap" gap="sm" align="center">
                  <Group gap="sm" wrap="nowrap" align="baseline" style={{ minWidth: 0, flex: '1 1 260px' }}>
                    <Text c="dimmed" size="sm" w="1.5rem" ta="right" aria-hidden="true">
                      {index + 1}.
                    </Text>
                    <Stack gap={4} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={`/studio/modules/${module.id}`} fw={500} c="ink.8" style={{ overflowWrap: 'anywhere' }}>
                        {name}
                      </Anchor>
                      <Group gap="xs" wrap="wrap">
                        <ModuleKindBadge kind={module.kind} />
                        <ContentStatusBadge status={module.latest.status} />
                        <Text size="xs" c="dimmed">
                          {t('studio.programs.outline.minutes', { count: module.latest.estimatedMinutes })}
                        </Text>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {module.code}
                        </Text>
                      </Group>
                    </Stack>
                  </Group>
                  <MoveButtons
                    upLabel={t('studio.programs.outline.moveUp', { name })}
                    downLabel={t('studio.programs.outline.moveDown', { name })}
                    removeLabel={t('studio.programs.outline.remove', { name })}
                    first={index === 0}
                    last={index === modules.length - 1}
                    disabled={saving}
                    onMove={(offset) => void onChange(moveItem(ids, index, index + offset))}
                    onRemove={() => {
                      focusAfterRemoval.removing(index);
                      void onChange(ids.filter((id) => id !== module.id));
                    }}
                  />
                </Group>
              </Paper>
            );
          })}
        </Stack>
      ) : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('studio.programs.outline.addLabel')}
          placeholder={candidates.length ? t('studio.programs.outline.addPlaceholder') : t('studio.programs.outline.noOtherModule')}
          style={{ flex: '1 1 280px' }}
          data={candidates.map((module) => ({ value: module.id, label: t('studio.programs.outline.option', { title: module.latest.title.text, code: module.code }) }))}
          value={picked}
          onChange={setPicked}
          searchable
          clearable
          disabled={candidates.length === 0}
          nothingFoundMessage={t('studio.programs.outline.noOtherModule')}
        />
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => void add()} disabled={!picked || saving}>
          {t('studio.programs.outline.add')}
        </Button>
      </Group>
    </Stack>
  );
}
