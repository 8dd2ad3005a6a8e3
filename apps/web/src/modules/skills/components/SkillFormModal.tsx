import { Select, Text, TextInput, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalForm } from '../../../app/forms';
import type { SkillCategory } from '../../../generated/graphql';
import { FormModal } from '../../../ui/FormModal';
import { ContentCodeInput } from '../../content-code/components/ContentCodeInput';
import { contentCodeError } from '../../content-code/content-code';
import { useCreateSkill } from '../hooks/useSkillMutations';
import { SKILL_CATEGORIES } from './SkillCategoryBadge';

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
  const { form, set, errors, setErrors, formError, setFormError, showFailure } = useModalForm(EMPTY, opened);

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    const codeError = contentCodeError(t, form.code);
    if (codeError) found['code'] = codeError;
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
      showFailure(caught, { CODE_TAKEN: { code: t('studio.skills.errors.codeTaken') } });
    }
  }

  const title = t('studio.skills.createTitle');
  const language = t(`locales.${sourceLocale}`, { defaultValue: sourceLocale });
  return (
    <FormModal opened={opened} onClose={onClose} title={title} onSubmit={onSubmit} formError={formError} loading={loading} submitLabel={t('studio.skills.create')}>
      <ContentCodeInput
        label={t('studio.skills.fields.code')}
        description={t('studio.skills.codeHelp')}
        value={form.code}
        error={errors['code']}
        onChange={(code) => set('code', code)}
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
    </FormModal>
  );
}
