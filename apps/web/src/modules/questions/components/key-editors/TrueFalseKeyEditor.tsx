import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyEditorProps } from './key-editor-props';

/** TRUE_FALSE: whether the statement in the prompt is true. */
export function TrueFalseKeyEditor({ draft, onChange }: KeyEditorProps) {
  const { t } = useTranslation();
  if (draft.key.type !== 'TRUE_FALSE') return null;
  return (
    <Radio.Group
      label={t('studio.questions.key.statementIs')}
      value={String(draft.key.answer)}
      onChange={(value) => onChange({ ...draft, key: { type: 'TRUE_FALSE', answer: value === 'true' } })}
    >
      <Group gap="lg" mt={6}>
        <Radio value="true" label={t('studio.questions.view.true')} />
        <Radio value="false" label={t('studio.questions.view.false')} />
      </Group>
    </Radio.Group>
  );
}
