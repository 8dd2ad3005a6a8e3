import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newBlockKey, type EditorBlock } from '../editor-state';
import { useFocusAfterRemoval } from '../hooks/useFocusAfterRemoval';
import { emptyBlock, LESSON_BLOCK_KINDS, moveItem, type LessonBlock, type LessonBlockKind } from '../module-draft';
import { BlockFields } from './blocks/BlockFields';
import { useModuleEditorContext } from './module-editor-context';
import { MoveButtons } from './MoveButtons';

export interface LessonBlocksEditorProps {
  blocks: EditorBlock[];
  onChange: (blocks: EditorBlock[]) => void;
}

/** The body of a lesson: blocks of six kinds, each edited in place, moved up or down, removed; new ones at the end. */
export function LessonBlocksEditor({ blocks, onChange }: LessonBlocksEditorProps) {
  const { t } = useTranslation();
  const { sourceLocale, issue } = useModuleEditorContext();
  const [kind, setKind] = useState<LessonBlockKind>('RICH_TEXT');
  const focusAfterRemoval = useFocusAfterRemoval(blocks.length);

  const replace = (index: number, block: LessonBlock) => onChange(blocks.map((entry, i) => (i === index ? { ...entry, block } : entry)));
  const add = () => onChange([...blocks, { key: newBlockKey(), origin: null, block: emptyBlock(kind, sourceLocale) }]);

  return (
    <Stack gap="md" ref={focusAfterRemoval.ref}>
      {issue('blocks') ? (
        <Text size="sm" c="red.7" role="alert">
          {issue('blocks')}
        </Text>
      ) : null}
      {blocks.length === 0 ? <Text c="dimmed">{t('studio.blocks.none')}</Text> : null}
      {blocks.map((entry, index) => {
        const number = index + 1;
        const name = t('studio.blocks.blockName', { number, kind: t(`studio.blocks.kinds.${entry.block.kind}`) });
        const headingId = `block-${entry.key}`;
        const path = `blocks[${index}]`;
        return (
          <Paper key={entry.key} component="section" aria-labelledby={headingId} withBorder p={{ base: 'sm', sm: 'md' }} bg="white">
            <Group justify="space-between" align="center" wrap="nowrap" gap="xs" mb="sm">
              <Title order={4} id={headingId} fz="md" ff="var(--mantine-font-family)" fw={600}>
                {name}
              </Title>
              <MoveButtons
                upLabel={t('studio.blocks.moveUp', { name })}
                downLabel={t('studio.blocks.moveDown', { name })}
                removeLabel={t('studio.blocks.remove', { name })}
                first={index === 0}
                last={index === blocks.length - 1}
                onMove={(offset) => onChange(moveItem(blocks, index, index + offset))}
                onRemove={() => {
                  focusAfterRemoval.removing(index);
                  onChange(blocks.filter((_entry, i) => i !== index));
                }}
              />
            </Group>
            {issue(`${path}.kind`) ? (
              <Text size="sm" c="red.7">
                {issue(`${path}.kind`)}
              </Text>
            ) : null}
            <BlockFields block={entry.block} onChange={(block) => replace(index, block)} path={path} savedPath={entry.origin === null ? null : `blocks[${entry.origin}]`} number={number} />
          </Paper>
        );
      })}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('studio.blocks.kindToAdd')}
          w={{ base: '100%', xs: 240 }}
          data={LESSON_BLOCK_KINDS.map((value) => ({ value, label: t(`studio.blocks.kinds.${value}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(value) => setKind((value ?? 'RICH_TEXT') as LessonBlockKind)}
        />
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={add}>
          {t('studio.blocks.add')}
        </Button>
      </Group>
    </Stack>
  );
}
