import { Checkbox, Fieldset, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { nextChoiceId, withChoice, withoutChoices, type QuestionDraft } from '../../question-draft';
import { LocalisedTextField } from '../LocalisedTextField';
import { AddChoiceButton, RemoveChoiceButton } from './ChoiceListButtons';
import type { KeyEditorProps } from './key-editor-props';

type ChoiceKey = Extract<QuestionDraft['key'], { options: unknown }>;

/**
 * SINGLE_CHOICE, MULTIPLE_CHOICE, IMAGE_CHOICE: the options, each with its text (and picture), and which are
 * correct: one (a radio) or several (checkboxes).
 */
export function ChoiceOptionsEditor({ draft, onChange, context, errors }: KeyEditorProps) {
  const { t } = useTranslation();
  const correctName = useId();
  const key = draft.key as ChoiceKey;
  const single = key.type !== 'MULTIPLE_CHOICE';
  const withKey = (options: ChoiceKey['options']): QuestionDraft => ({ ...draft, key: { ...key, options } });

  function setCorrect(id: string, correct: boolean) {
    onChange(withKey(key.options.map((option) => (option.id === id ? { ...option, correct } : single && correct ? { ...option, correct: false } : option))));
  }
  function add() {
    const id = nextChoiceId(key.options.map((option) => option.id));
    onChange(withChoice(withKey([...key.options, { id, correct: false }]), id, (choice) => choice));
  }
  function remove(id: string) {
    onChange(withoutChoices(withKey(key.options.filter((option) => option.id !== id)), [id]));
  }

  return (
    <Stack gap="sm">
      {key.options.map((option) => {
        const choice = draft.presentation.choices?.[option.id];
        const name = t('studio.questions.key.option', { id: option.id.toUpperCase() });
        return (
          <Fieldset key={option.id} legend={name} p="sm">
            <Stack gap="xs">
              <LocalisedTextField
                label={t('studio.questions.key.text')}
                texts={choice?.text}
                path={`choices.${option.id}.text`}
                context={context}
                error={errors[`choice:${option.id}`]}
                onChange={(text) => onChange(withChoice(draft, option.id, (current) => ({ ...current, text })))}
              />
              {key.type === 'IMAGE_CHOICE' ? (
                <>
                  <TextInput
                    label={t('studio.questions.key.imageUrl')}
                    description={t('studio.questions.key.imageUrlHelp')}
                    type="url"
                    required
                    value={choice?.imageUrl ?? ''}
                    onChange={(event) => {
                      const imageUrl = event.currentTarget.value;
                      onChange(withChoice(draft, option.id, (current) => ({ ...current, imageUrl })));
                    }}
                  />
                  <LocalisedTextField
                    label={t('studio.questions.key.imageAlt')}
                    texts={choice?.imageAlt}
                    path={`choices.${option.id}.imageAlt`}
                    context={context}
                    onChange={(imageAlt) => onChange(withChoice(draft, option.id, (current) => ({ ...current, imageAlt })))}
                  />
                </>
              ) : null}
              <Group justify="space-between" wrap="nowrap">
                {single ? (
                  <Radio
                    name={correctName}
                    label={t('studio.questions.key.correctOne')}
                    aria-label={t('studio.questions.key.isCorrect', { label: t('studio.questions.key.correctOne'), option: name })}
                    checked={option.correct}
                    onChange={(event) => setCorrect(option.id, event.currentTarget.checked)}
                  />
                ) : (
                  <Checkbox
                    label={t('studio.questions.key.correctMany')}
                    aria-label={t('studio.questions.key.isCorrect', { label: t('studio.questions.key.correctMany'), option: name })}
                    checked={option.correct}
                    onChange={(event) => setCorrect(option.id, event.currentTarget.checked)}
                  />
                )}
                <RemoveChoiceButton label={t('studio.questions.key.removeOption', { option: name })} count={key.options.length} onClick={() => remove(option.id)} />
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <AddChoiceButton label={t('studio.questions.key.addOption')} count={key.options.length} onClick={add} />
    </Stack>
  );
}
