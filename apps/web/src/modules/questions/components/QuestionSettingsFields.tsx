import { Group, MultiSelect, NativeSelect, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentCodeInput } from '../../content-code/components/ContentCodeInput';
import { QUESTION_TYPES, type QuestionType } from '../question-draft';

export interface QuestionSettingsFieldsProps {
  /** Only a new question has an editable code; it never changes afterwards. */
  code: string | null;
  onCodeChange: (code: string) => void;
  type: QuestionType;
  onTypeChange: (type: QuestionType) => void;
  skills: readonly string[];
  skillCodes: readonly string[];
  onSkillsChange: (skills: string[]) => void;
  difficulty: number;
  onDifficultyChange: (difficulty: number) => void;
  errors: Readonly<Record<string, string>>;
}

const DIFFICULTIES = [1, 2, 3, 4, 5] as const;

/** Code, type, skills and difficulty: what the question is, before what it says. */
export function QuestionSettingsFields(props: QuestionSettingsFieldsProps) {
  const { t } = useTranslation();
  const { code, errors } = props;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: code === null ? 1 : 2 }} spacing="md">
        {code !== null ? (
          <ContentCodeInput
            label={t('studio.questions.fields.code')}
            description={t('studio.questions.codeHelp')}
            value={code}
            error={errors['code']}
            onChange={props.onCodeChange}
          />
        ) : null}
        <NativeSelect
          label={t('studio.questions.fields.type')}
          description={t('studio.questions.typeHelp')}
          data={QUESTION_TYPES.map((value) => ({ value, label: t(`studio.questionTypes.${value}`) }))}
          value={props.type}
          onChange={(event) => props.onTypeChange(event.currentTarget.value as QuestionType)}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('studio.questions.fields.skills')}
        placeholder={props.skills.length ? undefined : t('studio.questions.skillsPlaceholder')}
        required
        searchable
        data={[...new Set([...props.skillCodes, ...props.skills])]}
        value={[...props.skills]}
        error={errors['skills']}
        nothingFoundMessage={t('studio.questions.noSkillFound')}
        onChange={props.onSkillsChange}
        styles={{ pill: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Radio.Group
        label={t('studio.questions.fields.difficulty')}
        description={t('studio.questions.difficultyHelp')}
        value={String(props.difficulty)}
        error={errors['difficulty']}
        onChange={(value) => props.onDifficultyChange(Number(value))}
      >
        <Group gap="lg" mt={6}>
          {DIFFICULTIES.map((level) => (
            <Radio key={level} value={String(level)} label={t('common.number', { value: level })} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}
