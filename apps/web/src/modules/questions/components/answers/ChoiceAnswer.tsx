import { Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AnswerOf, PresentedChoice } from '../../presented-question';
import classes from '../QuestionView.module.css';

interface ChoiceAnswerProps<A extends Answer> {
  choices: readonly PresentedChoice[];
  value: A | null;
  onChange: (answer: A) => void;
  /** The id of the prompt, which names the group. */
  labelledBy: string;
}

/** An option's text; an option not written yet still shows something to tap. */
export function ChoiceText({ text }: { text: string }) {
  return text ? (
    <Text component="span" style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  ) : (
    <Text component="span" c="dimmed">
      …
    </Text>
  );
}

/** SINGLE_CHOICE: one option, as radio cards (arrow keys move between them). */
export function SingleChoiceAnswer({ choices, value, onChange, labelledBy }: ChoiceAnswerProps<AnswerOf<'SINGLE_CHOICE'>>) {
  const name = useId();
  return (
    <Stack gap="xs" role="radiogroup" aria-labelledby={labelledBy}>
      {choices.map((choice) => (
        <Radio.Card
          key={choice.id}
          name={name}
          value={choice.id}
          checked={value?.optionId === choice.id}
          onClick={() => onChange({ type: 'SINGLE_CHOICE', optionId: choice.id })}
          className={classes.option}
        >
          <Group wrap="nowrap" gap="sm" align="flex-start">
            <Radio.Indicator aria-hidden="true" />
            <ChoiceText text={choice.text} />
          </Group>
        </Radio.Card>
      ))}
    </Stack>
  );
}

/**
 * MULTIPLE_CHOICE: any number of options, as checkbox cards (the question's fieldset groups them); the answer lists
 * them in display order.
 */
export function MultipleChoiceAnswer({ choices, value, onChange }: Omit<ChoiceAnswerProps<AnswerOf<'MULTIPLE_CHOICE'>>, 'labelledBy'>) {
  const { t } = useTranslation();
  const chosen = new Set(value?.optionIds ?? []);
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(id);
    else next.delete(id);
    onChange({ type: 'MULTIPLE_CHOICE', optionIds: choices.map((choice) => choice.id).filter((candidate) => next.has(candidate)) });
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('studio.questions.view.chooseAll')}
      </Text>
      {choices.map((choice) => (
        <Checkbox.Card key={choice.id} value={choice.id} checked={chosen.has(choice.id)} onChange={(checked) => toggle(choice.id, checked)} className={classes.option}>
          <Group wrap="nowrap" gap="sm" align="flex-start">
            <Checkbox.Indicator aria-hidden="true" />
            <ChoiceText text={choice.text} />
          </Group>
        </Checkbox.Card>
      ))}
    </Stack>
  );
}
