import { Modal, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import type { SkillTexts_SkillFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { FormActions } from '../../../ui/FormActions';
import { useUpdateSkillText } from '../hooks/useSkillMutations';
import { textsByLocale } from './SkillTexts';

export interface SkillTextModalProps {
  skill: SkillTexts_SkillFragment;
  /** The locale being edited; null when closed. */
  locale: string | null;
  onClose: () => void;
  onSaved?: () => void;
}

/** Name and description in one locale, with the source text alongside when translating. */
export function SkillTextModal({ skill, locale, onClose, onSaved }: SkillTextModalProps) {
  const { t } = useTranslation();
  const { updateSkillText, loading } = useUpdateSkillText(skill.id);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const texts = textsByLocale(skill);
  const current = texts.find((entry) => entry.locale === locale) ?? null;
  const source = texts.find((entry) => entry.isSource) ?? null;

  useEffect(() => {
    if (!locale) return;
    setName(current?.name.text ?? '');
    setDescription(current?.description.text ?? '');
    setErrors({});
    setFormError(null);
    // Reset only when a locale is opened, not when the cached skill changes under the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!locale) return;
    setFormError(null);
    const local: Record<string, string> = {};
    if (!name.trim()) local['name'] = t('studio.skills.errors.nameRequired');
    // A description can be added later to a translation, but an existing one cannot be emptied.
    if (!description.trim() && (current?.isSource || current?.description.text)) local['description'] = t('studio.skills.errors.descriptionRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await updateSkillText(locale, { name: name.trim(), description: description.trim() });
      onSaved?.();
      onClose();
    } catch (caught) {
      if (apiErrorCode(caught) === 'VALIDATION_FAILED') {
        setErrors(fieldIssues(caught));
        setFormError(t('errors.checkFields'));
      } else setFormError(t('errors.generic'));
    }
  }

  const language = locale ? t(`locales.${locale}`, { defaultValue: locale }) : '';
  const title = t('studio.skill.editTitle', { language });
  const sourceLanguage = source ? t(`locales.${source.locale}`, { defaultValue: source.locale }) : '';
  const showSource = Boolean(locale && source && !current?.isSource);
  return (
    <Modal opened={locale !== null} onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          {current?.isSource ? (
            <Text size="sm" c="dimmed">
              {t('studio.skill.sourceEditHelp')}
            </Text>
          ) : null}
          {showSource && source ? (
            <Paper p="sm" withBorder bg="var(--mantine-color-body)" aria-label={t('studio.skill.sourceIn', { language: sourceLanguage })}>
              <Stack gap={4}>
                <Text size="xs" c="dimmed" tt="uppercase" lts="0.04em">
                  {t('studio.skill.sourceIn', { language: sourceLanguage })}
                </Text>
                <Text size="sm" fw={500} lang={source.locale}>
                  {source.name.text}
                </Text>
                {source.description.text ? (
                  <Text size="sm" lang={source.locale} style={{ whiteSpace: 'pre-wrap' }}>
                    {source.description.text}
                  </Text>
                ) : null}
              </Stack>
            </Paper>
          ) : null}
          <TextInput label={t('studio.skills.fields.name')} required lang={locale ?? undefined} value={name} error={errors['name']} onChange={(event) => setName(event.currentTarget.value)} />
          <Textarea
            label={t('studio.skills.fields.description')}
            required={Boolean(current?.isSource)}
            lang={locale ?? undefined}
            autosize
            minRows={3}
            value={description}
            error={errors['description']}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <FormActions onCancel={onClose} loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
