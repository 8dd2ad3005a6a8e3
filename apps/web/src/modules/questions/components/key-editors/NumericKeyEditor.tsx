import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../question-draft';
import { DecimalInput } from '../DecimalInput';
import type { KeyEditorProps } from './key-editor-props';

type NumericKey = Extract<QuestionDraft['key'], { type: 'NUMERIC' }>;

/** NUMERIC: the value, how far from it still counts as right, and the unit learners answer in. */
export function NumericKeyEditor({ draft, onChange, errors }: KeyEditorProps) {
  const { t } = useTranslation();
  const key = draft.key as NumericKey;
  const set = (change: Partial<Omit<NumericKey, 'type'>>) => onChange({ ...draft, key: { ...key, ...change } });
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
      <DecimalInput label={t('studio.questions.key.value')} required value={key.value} error={errors['value']} onChange={(value) => set({ value: value ?? Number.NaN })} />
      <DecimalInput
        label={t('studio.questions.key.tolerance')}
        description={t('studio.questions.key.toleranceHelp')}
        value={key.tolerance}
        error={errors['tolerance']}
        onChange={(tolerance) => set({ tolerance: tolerance ?? Number.NaN })}
      />
      <TextInput
        label={t('studio.questions.key.unit')}
        description={t('studio.questions.key.unitHelp')}
        required
        value={key.unit}
        error={errors['unit']}
        onChange={(event) => set({ unit: event.currentTarget.value })}
      />
    </SimpleGrid>
  );
}
