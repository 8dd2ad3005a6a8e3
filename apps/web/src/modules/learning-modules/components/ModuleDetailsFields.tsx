import { MultiSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditorState } from '../editor-state';
import { LocalisedField } from './LocalisedField';
import { useModuleEditorContext } from './module-editor-context';

export interface SkillOption {
  code: string;
  name: { text: string };
}

export interface ModuleDetailsFieldsProps {
  state: EditorState;
  onChange: (patch: Partial<EditorState>) => void;
  skills: ReadonlyArray<SkillOption>;
}

/** Title and summary in the locale being edited; length and target skills for every locale. */
export function ModuleDetailsFields({ state, onChange, skills }: ModuleDetailsFieldsProps) {
  const { t } = useTranslation();
  const { issue } = useModuleEditorContext();
  return (
    <Stack gap="md">
      <LocalisedField label={t('studio.modules.fields.title')} value={state.title} onChange={(title) => onChange({ title })} path="title" savedPath="title" required />
      <LocalisedField label={t('studio.modules.fields.summary')} value={state.summary} onChange={(summary) => onChange({ summary })} path="summary" savedPath="summary" multiline required />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          label={t('studio.modules.fields.estimatedMinutes')}
          description={t('studio.modules.minutesHelp')}
          required
          min={1}
          max={60}
          step={1}
          allowDecimal={false}
          allowNegative={false}
          value={state.estimatedMinutes}
          error={issue('estimatedMinutes')}
          onChange={(value) => onChange({ estimatedMinutes: typeof value === 'number' ? value : '' })}
        />
        <MultiSelect
          label={t('studio.modules.fields.targetSkills')}
          description={t('studio.modules.targetSkillsHelp')}
          data={skills.map((skill) => ({ value: skill.code, label: t('studio.modules.skillOption', { code: skill.code, name: skill.name.text }) }))}
          value={state.targetSkills}
          onChange={(targetSkills) => onChange({ targetSkills })}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t('studio.modules.noOtherSkill')}
          error={issue('targetSkills')}
        />
      </SimpleGrid>
    </Stack>
  );
}
