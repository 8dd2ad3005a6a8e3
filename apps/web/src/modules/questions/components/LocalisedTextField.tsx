import { Group, TextInput, Textarea } from '@mantine/core';
import type { Localised } from '@savoir/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TranslationStatusBadge } from '../../localised-text/components/TranslationBadges';
import type { TextContext } from '../text-context';

export interface LocalisedTextFieldProps {
  label: string;
  /** The text in every locale; this field edits the context's locale. */
  texts: Localised | undefined;
  /** The text's path in the version (`prompt`, `choices.b.text`), for its translation status. */
  path: string;
  context: TextContext;
  onChange: (texts: Localised) => void;
  multiline?: boolean;
  error?: ReactNode;
}

/**
 * One learner-facing text in the locale being edited. Translating, it shows the source text to translate from and
 * a badge when the saved translation is missing or outdated.
 */
export function LocalisedTextField({ label, texts, path, context, onChange, multiline = false, error }: LocalisedTextFieldProps) {
  const { t } = useTranslation();
  const { locale, sourceLocale } = context;
  const value = texts?.[locale] ?? '';
  const source = texts?.[sourceLocale] ?? '';
  const translating = locale !== sourceLocale;
  const status = translating ? (context.statusOf(path) ?? (value.trim() ? null : 'MISSING')) : null;
  const fieldLabel = (
    <Group component="span" gap={6} wrap="wrap" display="inline-flex">
      <span>{label}</span>
      {status && status !== 'UP_TO_DATE' ? <TranslationStatusBadge locale={locale} status={status} /> : null}
    </Group>
  );
  const props = {
    label: fieldLabel,
    description: translating && source.trim() ? t('studio.questions.sourceText', { language: t(`locales.${sourceLocale}`, { defaultValue: sourceLocale }), text: source }) : undefined,
    required: !translating,
    lang: locale,
    value,
    error,
    onChange: (event: { currentTarget: { value: string } }) => onChange({ ...texts, [locale]: event.currentTarget.value }),
  };
  return multiline ? <Textarea {...props} autosize minRows={2} /> : <TextInput {...props} />;
}
