import { Switch, Text, TextInput, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalForm } from '../../../app/forms';
import { FormModal } from '../../../ui/FormModal';
import { ContentCodeInput } from '../../content-code/components/ContentCodeInput';
import { contentCodeError } from '../../content-code/content-code';
import { useCreateProgram } from '../hooks/useProgramMutations';
import { isThresholdPercent, percentToThreshold } from '../threshold';
import { ThresholdInput } from './ThresholdInput';

interface FormState {
  code: string;
  title: string;
  description: string;
  onboarding: boolean;
  /** The certification threshold as a percentage, as authors think of it. */
  thresholdPercent: number | '';
}

const EMPTY: FormState = { code: '', title: '', description: '', onboarding: false, thresholdPercent: 80 };

export interface ProgramFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The maison's default locale, in which a new program's texts are written. */
  sourceLocale: string;
  onCreated?: (code: string) => void;
}

export function ProgramFormModal({ opened, onClose, sourceLocale, onCreated }: ProgramFormModalProps) {
  const { t } = useTranslation();
  const { createProgram, loading } = useCreateProgram();
  const { form, set, errors, setErrors, formError, setFormError, showFailure } = useModalForm(EMPTY, opened);

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    const codeError = contentCodeError(t, form.code);
    if (codeError) found['code'] = codeError;
    if (!form.title.trim()) found['title'] = t('studio.programs.errors.titleRequired');
    if (!form.description.trim()) found['description'] = t('studio.programs.errors.descriptionRequired');
    if (!isThresholdPercent(form.thresholdPercent)) found['certificationThreshold'] = t('studio.programs.errors.thresholdRange');
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local = validate();
    setErrors(local);
    if (Object.keys(local).length > 0 || !isThresholdPercent(form.thresholdPercent)) return;
    const input = {
      code: form.code.trim(),
      title: form.title.trim(),
      description: form.description.trim(),
      onboarding: form.onboarding,
      certificationThreshold: percentToThreshold(form.thresholdPercent),
    };
    try {
      await createProgram(input);
      onCreated?.(input.code);
      onClose();
    } catch (caught) {
      showFailure(caught, {
        CODE_TAKEN: { code: t('studio.programs.errors.codeTaken') },
        ONBOARDING_TAKEN: { onboarding: t('studio.programs.errors.onboardingTaken') },
      });
    }
  }

  const title = t('studio.programs.createTitle');
  const language = t(`locales.${sourceLocale}`, { defaultValue: sourceLocale });
  return (
    <FormModal opened={opened} onClose={onClose} title={title} onSubmit={onSubmit} formError={formError} loading={loading} submitLabel={t('studio.programs.create')}>
      <ContentCodeInput
        label={t('studio.programs.fields.code')}
        description={t('studio.programs.codeHelp')}
        value={form.code}
        error={errors['code']}
        onChange={(code) => set('code', code)}
      />
      <Text size="sm" c="dimmed">
        {t('studio.programs.sourceLocaleHelp', { language })}
      </Text>
      <TextInput label={t('studio.programs.fields.title')} required lang={sourceLocale} value={form.title} error={errors['title']} onChange={(event) => set('title', event.currentTarget.value)} />
      <Textarea
        label={t('studio.programs.fields.description')}
        required
        lang={sourceLocale}
        autosize
        minRows={3}
        value={form.description}
        error={errors['description']}
        onChange={(event) => set('description', event.currentTarget.value)}
      />
      <ThresholdInput
        w={{ base: '100%', xs: 220 }}
        value={form.thresholdPercent}
        error={errors['certificationThreshold']}
        onChange={(percent) => set('thresholdPercent', percent)}
      />
      <Switch
        label={t('studio.programs.fields.onboardingSwitch')}
        description={t('studio.programs.onboardingHelp')}
        checked={form.onboarding}
        error={errors['onboarding']}
        onChange={(event) => set('onboarding', event.currentTarget.checked)}
      />
    </FormModal>
  );
}
