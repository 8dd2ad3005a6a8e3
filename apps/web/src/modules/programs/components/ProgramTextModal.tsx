import { Modal, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode, fieldIssues } from '../../../app/graphql-errors';
import type { ProgramTexts_ProgramFragment } from '../../../generated/graphql';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { FormActions } from '../../../ui/FormActions';
import { useUpdateProgram } from '../hooks/useProgramMutations';
import { programTextsByLocale } from './ProgramTexts';

export interface ProgramTextModalProps {
  program: ProgramTexts_ProgramFragment;
  /** The locale being edited; null when closed. */
  locale: string | null;
  onClose: () => void;
  onSaved?: () => void;
}

/** Title and description in one locale, with the source alongside when translating. */
export function ProgramTextModal({ program, locale, onClose, onSaved }: ProgramTextModalProps) {
  const { t } = useTranslation();
  const { updateProgram, loading } = useUpdateProgram(program.id);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const texts = programTextsByLocale(program);
  const current = texts.find((entry) => entry.locale === locale) ?? null;
  const source = texts.find((entry) => entry.isSource) ?? null;

  useEffect(() => {
    if (!locale) return;
    setTitle(current?.title.text ?? '');
    setDescription(current?.description.text ?? '');
    setErrors({});
    setFormError(null);
    // Reset only when a locale is opened, not when the cached program changes under the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!locale) return;
    setFormError(null);
    const local: Record<string, string> = {};
    if (!title.trim()) local['title'] = t('studio.programs.errors.titleRequired');
    if (!description.trim()) local['description'] = t('studio.programs.errors.descriptionRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await updateProgram({ locale, title: title.trim(), description: description.trim() });
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
  const heading = t('studio.programs.texts.editTitle', { language });
  const sourceLanguage = source ? t(`locales.${source.locale}`, { defaultValue: source.locale }) : '';
  return (
    <Modal opened={locale !== null} onClose={onClose} title={heading} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={heading}>
        <Stack gap="md">
          {formError ? <ErrorNotice>{formError}</ErrorNotice> : null}
          {current?.isSource ? (
            <Text size="sm" c="dimmed">
              {t('studio.skill.sourceEditHelp')}
            </Text>
          ) : null}
          {source && current && !current.isSource ? (
            <Paper p="sm" withBorder bg="var(--mantine-color-body)" aria-label={t('studio.skill.sourceIn', { language: sourceLanguage })}>
              <Stack gap={4}>
                <Text size="xs" c="dimmed" tt="uppercase" lts="0.04em">
                  {t('studio.skill.sourceIn', { language: sourceLanguage })}
                </Text>
                <Text size="sm" fw={500} lang={source.locale}>
                  {source.title.text}
                </Text>
                <Text size="sm" lang={source.locale} style={{ whiteSpace: 'pre-wrap' }}>
                  {source.description.text}
                </Text>
              </Stack>
            </Paper>
          ) : null}
          <TextInput label={t('studio.programs.fields.title')} required lang={locale ?? undefined} value={title} error={errors['title']} onChange={(event) => setTitle(event.currentTarget.value)} />
          <Textarea
            label={t('studio.programs.fields.description')}
            required
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
