import { Button, Group, MultiSelect, SimpleGrid, Stack, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/forms';
import { apiErrorCode } from '../../../app/graphql-errors';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useUpdateProgram } from '../hooks/useProgramMutations';
import { isThresholdPercent, percentToThreshold, thresholdToPercent } from '../threshold';
import { ThresholdInput } from './ThresholdInput';

export interface ProgramSettingsFormProps {
  /** `updatedAt`: when the program was read, the base the API checks the save against. */
  program: { id: string; onboarding: boolean; certificationThreshold: number; targetSkills: ReadonlyArray<string>; updatedAt: string };
  skills: ReadonlyArray<{ code: string; name: { text: string } }>;
}

interface Settings {
  thresholdPercent: number | '';
  onboarding: boolean;
  targetSkills: string[];
}

/** The settings the form was last read from or saved as, and when the program was then saved. */
interface Baseline {
  settings: Settings;
  updatedAt: string;
}

function settingsOf(program: ProgramSettingsFormProps['program']): Settings {
  return { thresholdPercent: thresholdToPercent(program.certificationThreshold), onboarding: program.onboarding, targetSkills: [...program.targetSkills] };
}

/** The certification threshold, whether it is the onboarding program, and the skills it targets. */
export function ProgramSettingsForm({ program, skills }: ProgramSettingsFormProps) {
  const { t } = useTranslation();
  const { updateProgram, loading } = useUpdateProgram(program.id);
  const savedKey = JSON.stringify(settingsOf(program));
  const [base, setBase] = useState<Baseline>(() => ({ settings: settingsOf(program), updatedAt: program.updatedAt }));
  const [settings, setSettings] = useState<Settings>(base.settings);
  // While a save is on its way the form stays editable: what is changed meanwhile outlives the save (see onSubmit).
  const [sending, setSending] = useState(false);
  const { errors, setErrors, formError, setFormError, showFailure } = useFormErrors();

  const baseKey = JSON.stringify(base.settings);
  const unchanged = JSON.stringify(settings) === baseKey;
  // Another reading with other settings (another author's save) refreshes a form with nothing unsaved. Unsaved edits
  // are kept instead, and saving them builds on the reading they were made on (EDIT_CONFLICT, not an overwrite).
  if (!sending && unchanged && savedKey !== baseKey) {
    const fresh = { settings: settingsOf(program), updatedAt: program.updatedAt };
    setBase(fresh);
    setSettings(fresh.settings);
    setErrors({});
  }
  // A change elsewhere in the program (its outline) leaves these settings as they were: the save builds on it.
  const baseUpdatedAt = savedKey === baseKey ? program.updatedAt : base.updatedAt;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (!isThresholdPercent(settings.thresholdPercent)) {
      setErrors({ certificationThreshold: t('studio.programs.errors.thresholdRange') });
      return;
    }
    setErrors({});
    const sent = settings;
    setSending(true);
    try {
      await updateProgram({
        certificationThreshold: percentToThreshold(settings.thresholdPercent),
        onboarding: settings.onboarding,
        targetSkills: settings.targetSkills,
        // Refused (EDIT_CONFLICT) if another author changed the program since it was read: their change is kept.
        baseUpdatedAt,
      });
      // What was sent is now saved; anything changed since the request left stays in the form, unsaved.
      // (When the program was then saved is read from it, as long as its settings are still these.)
      setBase({ settings: sent, updatedAt: baseUpdatedAt });
      notifications.show({ color: 'green', message: t('studio.programs.settingsSaved') });
    } catch (caught) {
      if (apiErrorCode(caught) === 'EDIT_CONFLICT') setFormError(t('studio.programs.errors.changedMeanwhile'));
      else showFailure(caught, { ONBOARDING_TAKEN: { onboarding: t('studio.programs.errors.onboardingTaken') } });
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('studio.programs.settings')}>
      <Stack gap="md">
        {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <ThresholdInput
            value={settings.thresholdPercent}
            error={errors['certificationThreshold']}
            onChange={(thresholdPercent) => setSettings((previous) => ({ ...previous, thresholdPercent }))}
          />
          <MultiSelect
            label={t('studio.programs.fields.targetSkills')}
            description={t('studio.programs.targetSkillsHelp')}
            data={skills.map((skill) => ({ value: skill.code, label: t('studio.modules.skillOption', { code: skill.code, name: skill.name.text }) }))}
            value={settings.targetSkills}
            onChange={(targetSkills) => setSettings((previous) => ({ ...previous, targetSkills }))}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={t('studio.modules.noOtherSkill')}
            error={errors['targetSkills']}
          />
        </SimpleGrid>
        <Switch
          label={t('studio.programs.fields.onboardingSwitch')}
          description={t('studio.programs.onboardingHelp')}
          checked={settings.onboarding}
          error={errors['onboarding']}
          onChange={(event) => {
            const onboarding = event.currentTarget.checked;
            setSettings((previous) => ({ ...previous, onboarding }));
          }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={unchanged || loading} onClick={() => setSettings(base.settings)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={unchanged}>
            {t('studio.programs.saveSettings')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
