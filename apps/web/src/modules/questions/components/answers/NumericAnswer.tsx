import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerOf } from '../../presented-question';
import { DecimalInput } from '../DecimalInput';

export interface NumericAnswerProps {
  unit: string;
  value: AnswerOf<'NUMERIC'> | null;
  onChange: (answer: AnswerOf<'NUMERIC'> | null) => void;
}

/** NUMERIC: a number, in the unit the question names. */
export function NumericAnswer({ unit, value, onChange }: NumericAnswerProps) {
  const { t } = useTranslation();
  return (
    <DecimalInput
      label={unit ? t('studio.questions.view.numberIn', { unit }) : t('studio.questions.view.number')}
      maw={280}
      value={value?.value ?? null}
      onChange={(number) => onChange(number === null ? null : { type: 'NUMERIC', value: number })}
      rightSection={
        unit ? (
          <Text size="sm" c="dimmed" aria-hidden="true">
            {unit}
          </Text>
        ) : null
      }
      rightSectionWidth={unit ? Math.max(36, unit.length * 9 + 16) : undefined}
    />
  );
}
