import { Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/forms';
import { FormModal } from '../../../ui/FormModal';
import { textsByLocale, type LocalisedTextValue } from '../localised-text';

/** One text the modal edits, keyed as the API names it (its issues come back under that key). */
export interface LocalisedTextModalField<K extends string> {
  key: K;
  label: string;
  text: LocalisedTextValue;
  /** The message when the field is left empty where it is required. */
  requiredMessage: string;
  multiline?: boolean;
  /** A translation may leave it empty until it is written (but not empty an existing one); the source never may. */
  optionalInTranslation?: boolean;
}

export interface LocalisedTextModalProps<K extends string> {
  fields: ReadonlyArray<LocalisedTextModalField<K>>;
  /** The locale being edited; null when closed. */
  locale: string | null;
  /** Saves the trimmed texts in `locale`; throws what the API refused. */
  onSubmit: (locale: string, values: Record<K, string>) => Promise<void>;
  loading: boolean;
  onClose: () => void;
  onSaved?: () => void;
}

/** A record's texts in one locale, with the source text alongside when translating. */
export function LocalisedTextModal<K extends string>({ fields, locale, onSubmit, loading, onClose, onSaved }: LocalisedTextModalProps<K>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Partial<Record<K, string>>>({});
  const { errors, setErrors, formError, setFormError, showFailure } = useFormErrors();
  const texts = textsByLocale(fields);
  const current = texts.find((entry) => entry.locale === locale) ?? null;
  const source = texts.find((entry) => entry.isSource) ?? null;

  useEffect(() => {
    if (!locale) return;
    setValues(Object.fromEntries(fields.map(({ key }) => [key, current?.fields[key].text ?? ''])) as Record<K, string>);
    setErrors({});
    setFormError(null);
    // Reset only when a locale is opened, not when the cached record changes under the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);

  const valueOf = (key: K) => values[key] ?? '';
  const required = (field: LocalisedTextModalField<K>) => !field.optionalInTranslation || Boolean(current?.isSource);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!locale) return;
    setFormError(null);
    const local: Record<string, string> = {};
    for (const field of fields) {
      // A translation's text can be added later, but an existing one cannot be emptied.
      const mustHave = required(field) || Boolean(current?.fields[field.key].text);
      if (!valueOf(field.key).trim() && mustHave) local[field.key] = field.requiredMessage;
    }
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await onSubmit(locale, Object.fromEntries(fields.map(({ key }) => [key, valueOf(key).trim()])) as Record<K, string>);
      onSaved?.();
      onClose();
    } catch (caught) {
      showFailure(caught);
    }
  }

  const language = locale ? t(`locales.${locale}`, { defaultValue: locale }) : '';
  const title = t('studio.localisedText.editTitle', { language });
  const sourceLanguage = source ? t(`locales.${source.locale}`, { defaultValue: source.locale }) : '';
  const showSource = Boolean(locale && source && !current?.isSource);
  return (
    <FormModal opened={locale !== null} onClose={onClose} title={title} onSubmit={submit} formError={formError} loading={loading}>
      {current?.isSource ? (
        <Text size="sm" c="dimmed">
          {t('studio.localisedText.sourceEditHelp')}
        </Text>
      ) : null}
      {showSource && source ? (
        <Paper p="sm" withBorder bg="var(--mantine-color-body)" aria-label={t('studio.localisedText.sourceIn', { language: sourceLanguage })}>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" lts="0.04em">
              {t('studio.localisedText.sourceIn', { language: sourceLanguage })}
            </Text>
            {fields.map(({ key, multiline }) => {
              const text = source.fields[key].text;
              if (!text) return null;
              return multiline ? (
                <Text key={key} size="sm" lang={source.locale} style={{ whiteSpace: 'pre-wrap' }}>
                  {text}
                </Text>
              ) : (
                <Text key={key} size="sm" fw={500} lang={source.locale}>
                  {text}
                </Text>
              );
            })}
          </Stack>
        </Paper>
      ) : null}
      {fields.map((field) => {
        const props = {
          label: field.label,
          required: required(field),
          lang: locale ?? undefined,
          value: valueOf(field.key),
          error: errors[field.key],
          onChange: (event: { currentTarget: { value: string } }) => {
            const value = event.currentTarget.value;
            setValues((previous) => ({ ...previous, [field.key]: value }));
          },
        };
        return field.multiline ? <Textarea key={field.key} {...props} autosize minRows={3} /> : <TextInput key={field.key} {...props} />;
      })}
    </FormModal>
  );
}
