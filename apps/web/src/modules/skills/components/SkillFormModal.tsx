import { Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import type { SkillCategory } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { FormActions } from '../../../ui/FormActions';
import { useCreateSkill } from '../hooks/useSkillMutations';
import { SKILL_CATEGORIES } from './SkillCategoryBadge';

/** The API's rule for content codes (libs/domain isContentCode). */
const CODE_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

interface FormState {
  code: string;
  category: SkillCategory | null;
  name: string;
  description: string;
}

const EMPTY: FormState = { code: '', category: null, name: '', description: '' };

export interface SkillFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The maison's default locale, in which a new skill's texts are written. */
  sourceLocale: string;
  onCreated?: (code: string) => void;
}

export function SkillFormModal({ opened, onClose, sourceLocale, onCreated }: SkillFormModalProps) {
  const { t } = useTranslation();
  const { createSkill, loading } = useCreateSkill();
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
    if (!code) found['code'] = t('studio.skills.errors.codeRequired');
    else if (code.length > 80 || !CODE_PATTERN.test(code)) found['code'] = t('studio.skills.errors.codeFormat');
    if (!form.category) found['category'] = t('studio.skills.errors.categoryRequired');
    if (!form.name.trim()) found['name'] = t('studio.skills.errors.nameRequired');
    if (!form.description.trim()) found['description'] = t('studio.skills.errors.descriptionRequired');
    return found;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local = validate();
    setErrors(local);
    if (Object.keys(local).length > 0 || !form.category) return;
    const input = { code: form.code.trim(), category: form.category, name: form.name.trim(), description: form.description.trim() };
    try {
      await createSkill(input);
      onCreated?.(input.code);
      onClose();
    } catch (caught) {
      const code = apiErrorCode(caught);
      if (code === 'CODE_TAKEN') setErrors({ code: t('studio.skills.errors.codeTaken') });
      else if (code === 'VALIDATION_FAILED') {
        setErrors(fieldIssues(caught));
        setFormError(t('errors.checkFields'));
      } else setFormError(t('errors.generic'));
    }
  }

  const title = t('studio.skills.createTitle');
  const language = t(`locales.${sourceLocale}`, { defaultValue: sourceLocale });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          <TextInput
            label={t('studio.skills.fields.code')}
            description={t('studio.skills.codeHelp')}
            required
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={form.code}
            error={errors['code']}
            onChange={(event) => set('code', event.currentTarget.value)}
          />
          <Select
            label={t('studio.skills.fields.category')}
            required
            data={SKILL_CATEGORIES.map((category) => ({ value: category, label: t(`studio.skills.categories.${category}`) }))}
            value={form.category}
            allowDeselect={false}
            error={errors['category']}
            onChange={(category) => set('category', category as SkillCategory | null)}
          />
          <Text size="sm" c="dimmed">
            {t('studio.skills.sourceLocaleHelp', { language })}
          </Text>
          <TextInput label={t('studio.skills.fields.name')} required lang={sourceLocale} value={form.name} error={errors['name']} onChange={(event) => set('name', event.currentTarget.value)} />
          <Textarea
            label={t('studio.skills.fields.description')}
            required
            lang={sourceLocale}
            autosize
            minRows={3}
            value={form.description}
            error={errors['description']}
            onChange={(event) => set('description', event.currentTarget.value)}
          />
          <FormActions onCancel={onClose} loading={loading} submitLabel={t('studio.skills.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
