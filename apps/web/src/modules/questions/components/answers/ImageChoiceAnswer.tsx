import { Group, Radio, SimpleGrid } from '@mantine/core';
import { useId } from 'react';
import type { AnswerOf, PresentedChoice } from '../../presented-question';
import classes from '../QuestionView.module.css';
import { ChoiceText } from './ChoiceAnswer';

export interface ImageChoiceAnswerProps {
  choices: readonly PresentedChoice[];
  value: AnswerOf<'IMAGE_CHOICE'> | null;
  onChange: (answer: AnswerOf<'IMAGE_CHOICE'>) => void;
  labelledBy: string;
}

/** IMAGE_CHOICE: one picture, as radio cards; each image carries its alt text, so the choice reads without sight. */
export function ImageChoiceAnswer({ choices, value, onChange, labelledBy }: ImageChoiceAnswerProps) {
  const name = useId();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" role="radiogroup" aria-labelledby={labelledBy}>
      {choices.map((choice) => (
        <Radio.Card
          key={choice.id}
          name={name}
          value={choice.id}
          checked={value?.optionId === choice.id}
          onClick={() => onChange({ type: 'IMAGE_CHOICE', optionId: choice.id })}
          className={classes.option}
        >
          {choice.imageUrl ? <img src={choice.imageUrl} alt={choice.imageAlt ?? ''} className={classes.image} loading="lazy" /> : null}
          <Group wrap="nowrap" gap="sm" align="flex-start">
            <Radio.Indicator aria-hidden="true" />
            <ChoiceText text={choice.text} />
          </Group>
        </Radio.Card>
      ))}
    </SimpleGrid>
  );
}
