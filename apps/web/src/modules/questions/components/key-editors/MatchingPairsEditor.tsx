import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_CHOICES, keyChoiceIds, nextChoiceId, withChoice, withoutChoices, type QuestionDraft } from '../../question-draft';
import { LocalisedTextField } from '../LocalisedTextField';
import type { KeyEditorProps } from './key-editor-props';

type MatchingKey = Extract<QuestionDraft['key'], { type: 'MATCHING' }>;

/** MATCHING: pairs that belong together; learners match each left item with one of the right ones. */
export function MatchingPairsEditor({ draft, onChange, context, errors }: KeyEditorProps) {
  const { t } = useTranslation();
  const key = draft.key as MatchingKey;
  const withPairs = (pairs: MatchingKey['pairs']): QuestionDraft => ({ ...draft, key: { ...key, pairs } });

  function add() {
    const left = nextChoiceId(keyChoiceIds(key));
    const right = nextChoiceId([...keyChoiceIds(key), left]);
    onChange(withChoice(withChoice(withPairs([...key.pairs, { left, right }]), left, (choice) => choice), right, (choice) => choice));
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('studio.questions.key.matchingHelp')}
      </Text>
      {key.pairs.map((pair, index) => {
        const position = index + 1;
        const side = (id: string, label: string) => (
          <LocalisedTextField
            label={label}
            texts={draft.presentation.choices?.[id]?.text}
            path={`choices.${id}.text`}
            context={context}
            error={errors[`choice:${id}`]}
            onChange={(text) => onChange(withChoice(draft, id, (current) => ({ ...current, text })))}
          />
        );
        return (
          <Fieldset key={`${pair.left}-${pair.right}`} legend={t('studio.questions.key.pair', { position })} p="sm">
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                {side(pair.left, t('studio.questions.key.left'))}
                {side(pair.right, t('studio.questions.key.right'))}
              </SimpleGrid>
              <Group justify="flex-end">
                <ActionIcon
                  variant="subtle"
                  color="ink"
                  size="lg"
                  aria-label={t('studio.questions.key.removePair', { position })}
                  disabled={key.pairs.length <= 2}
                  onClick={() => onChange(withoutChoices(withPairs(key.pairs.filter((_, at) => at !== index)), [pair.left, pair.right]))}
                >
                  <IconTrash size={16} aria-hidden="true" />
                </ActionIcon>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={add} disabled={key.pairs.length >= MAX_CHOICES}>
          {t('studio.questions.key.addPair')}
        </Button>
      </Group>
    </Stack>
  );
}
