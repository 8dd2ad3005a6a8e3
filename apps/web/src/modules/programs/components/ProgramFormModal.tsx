import { Modal, NumberInput, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { FormActions } from '../../../ui/FormActions';
import { isContentCode } from '../../learning-modules/module-draft';
import { useCreateProgram } from '../hooks/useProgramMutations';
import { percentToThreshold } from '../threshold';

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
  const [form, setForm] = useState<FormState>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setForm(EMPTY);
    setErrors({});
    setFormError(null);
  }, [opened]);

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((previous) => ({ ...previous, [key]: value }));
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    const code = form.code.trim();
    if (!code) found['code'] = t('studio.programs.errors.codeRequired');
    else if (!isContentCode(code)) found['code'] = t('studio.programs.errors.codeFormat');
    if (!form.title.trim()) found['title'] = t('studio.programs.errors.titleRequired');
    if (!form.description.trim()) found['description'] = t('studio.programs.errors.descriptionRequired');
    if (form.thresholdPercent === '' || form.thresholdPercent <= 0 || form.thresholdPercent > 100) found['certificationThreshold'] = t('studio.programs.errors.thresholdRange');
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local = validate();
    setErrors(local);
    if (Object.keys(local).length > 0 || form.thresholdPercent === '') return;
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
      const code = apiErrorCode(caught);
      if (code === 'CODE_TAKEN') setErrors({ code: t('studio.programs.errors.codeTaken') });
      else if (code === 'ONBOARDING_TAKEN') setErrors({ onboarding: t('studio.programs.errors.onboardingTaken') });
      else if (code === 'VALIDATION_FAILED') {
        setErrors(fieldIssues(caught));
        setFormError(t('errors.checkFields'));
      } else setFormError(t('errors.generic'));
    }
  }

  const title = t('studio.programs.createTitle');
  const language = t(`locales.${sourceLocale}`, { defaultValue: sourceLocale });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          <TextInput
            label={t('studio.programs.fields.code')}
            description={t('studio.programs.codeHelp')}
            required
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={form.code}
            error={errors['code']}
            onChange={(event) => set('code', event.currentTarget.value)}
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
          <NumberInput
            label={t('studio.programs.fields.threshold')}
            description={t('studio.programs.thresholdHelp')}
            required
            min={1}
            max={100}
            suffix=" %"
            allowNegative={false}
            decimalScale={1}
            w={{ base: '100%', xs: 220 }}
            value={form.thresholdPercent}
            error={errors['certificationThreshold']}
            onChange={(value) => set('thresholdPercent', typeof value === 'number' ? value : '')}
          />
          <Switch
            label={t('studio.programs.fields.onboardingSwitch')}
            description={t('studio.programs.onboardingHelp')}
            checked={form.onboarding}
            error={errors['onboarding']}
            onChange={(event) => set('onboarding', event.currentTarget.checked)}
          />
          <FormActions onCancel={onClose} loading={loading} submitLabel={t('studio.programs.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
