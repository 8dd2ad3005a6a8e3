import { Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { keyChoiceIds, nextChoiceId, withChoice, withoutChoices, type QuestionDraft } from '../../question-draft';
import { LocalisedTextField } from '../LocalisedTextField';
import { AddChoiceButton, RemoveChoiceButton } from './ChoiceListButtons';
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
                <RemoveChoiceButton
                  label={t('studio.questions.key.removePair', { position })}
                  count={key.pairs.length}
                  onClick={() => onChange(withoutChoices(withPairs(key.pairs.filter((_, at) => at !== index)), [pair.left, pair.right]))}
                />
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <AddChoiceButton label={t('studio.questions.key.addPair')} count={key.pairs.length} onClick={add} />
    </Stack>
  );
}
