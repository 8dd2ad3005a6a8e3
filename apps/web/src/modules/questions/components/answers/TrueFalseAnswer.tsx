import { Group, Radio, SimpleGrid } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../presented-question';
import classes from '../QuestionView.module.css';
import { ChoiceText } from './ChoiceAnswer';

export interface TrueFalseAnswerProps {
  value: AnswerOf<'TRUE_FALSE'> | null;
  onChange: (answer: AnswerOf<'TRUE_FALSE'>) => void;
  labelledBy: string;
}

/** TRUE_FALSE: two buttons side by side, a radio pair for assistive technology. */
export function TrueFalseAnswer({ value, onChange, labelledBy }: TrueFalseAnswerProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <SimpleGrid cols={2} spacing="sm" role="radiogroup" aria-labelledby={labelledBy}>
      {[true, false].map((candidate) => (
        <Radio.Card
          key={String(candidate)}
          name={name}
          value={String(candidate)}
          checked={value?.value === candidate}
          onClick={() => onChange({ type: 'TRUE_FALSE', value: candidate })}
          className={classes.option}
        >
          <Group wrap="nowrap" gap="sm" justify="center">
            <Radio.Indicator aria-hidden="true" />
            <ChoiceText text={candidate ? t('studio.questions.view.true') : t('studio.questions.view.false')} />
          </Group>
        </Radio.Card>
      ))}
    </SimpleGrid>
  );
}
