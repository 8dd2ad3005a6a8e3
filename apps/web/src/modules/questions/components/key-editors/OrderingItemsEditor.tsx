import { ActionIcon, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { moved, nextChoiceId, withChoice, withoutChoices, type QuestionDraft } from '../../question-draft';
import { LocalisedTextField } from '../LocalisedTextField';
import { AddChoiceButton, RemoveChoiceButton } from './ChoiceListButtons';
import type { KeyEditorProps } from './key-editor-props';

type OrderingKey = Extract<QuestionDraft['key'], { type: 'ORDERING' }>;

/** ORDERING: the items in their correct order; learners receive them shuffled. */
export function OrderingItemsEditor({ draft, onChange, context, errors }: KeyEditorProps) {
  const { t } = useTranslation();
  const key = draft.key as OrderingKey;
  const withItems = (itemIds: string[]): QuestionDraft => ({ ...draft, key: { ...key, itemIds } });

  function add() {
    const id = nextChoiceId(key.itemIds);
    onChange(withChoice(withItems([...key.itemIds, id]), id, (choice) => choice));
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('studio.questions.key.orderingHelp')}
      </Text>
      {key.itemIds.map((id, index) => {
        const position = index + 1;
        return (
          <Fieldset key={id} legend={t('studio.questions.key.position', { position })} p="sm">
            <Stack gap="xs">
              <LocalisedTextField
                label={t('studio.questions.key.text')}
                texts={draft.presentation.choices?.[id]?.text}
                path={`choices.${id}.text`}
                context={context}
                error={errors[`choice:${id}`]}
                onChange={(text) => onChange(withChoice(draft, id, (current) => ({ ...current, text })))}
              />
              <Group gap={4} justify="flex-end">
                <ActionIcon variant="default" size="lg" aria-label={t('studio.questions.key.moveItemUp', { position })} disabled={index === 0} onClick={() => onChange(withItems(moved(key.itemIds, index, -1)))}>
                  <IconArrowUp size={16} aria-hidden="true" />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('studio.questions.key.moveItemDown', { position })}
                  disabled={index === key.itemIds.length - 1}
                  onClick={() => onChange(withItems(moved(key.itemIds, index, 1)))}
                >
                  <IconArrowDown size={16} aria-hidden="true" />
                </ActionIcon>
                <RemoveChoiceButton
                  label={t('studio.questions.key.removeItem', { position })}
                  count={key.itemIds.length}
                  onClick={() => onChange(withoutChoices(withItems(key.itemIds.filter((candidate) => candidate !== id)), [id]))}
                />
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <AddChoiceButton label={t('studio.questions.key.addItem')} count={key.itemIds.length} onClick={add} />
    </Stack>
  );
}
