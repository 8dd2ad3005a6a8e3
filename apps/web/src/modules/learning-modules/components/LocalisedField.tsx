import { Group, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TranslationStatusBadge } from '../../localised-text/components/TranslationBadges';
import { withLocaleText, type Localised } from '../module-draft';
import { editedTranslationStatus } from '../translation-status';
import { useModuleEditorContext } from './module-editor-context';

/** The source text as a hint under a translation: a long lesson text is cut. */
function shorten(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export interface LocalisedFieldProps {
  label: string;
  value: Localised | undefined;
  onChange: (value: Localised) => void;
  /** The field's path in the draft as sent (`blocks[2].story`): where the API's issues point. */
  path: string;
  /** Its path in the saved version, for the translation status; null for a text not saved yet. */
  savedPath: string | null;
  multiline?: boolean;
  /** Required in the source locale (a translation may be left empty). */
  required?: boolean;
  description?: string;
}

/**
 * A learner-facing text in the locale being edited. Translating, the label carries the text's status (missing,
 * outdated) and the source text is shown below it; emptying a translation removes it on save.
 */
export function LocalisedField({ label, value, onChange, path, savedPath, multiline = false, required = false, description }: LocalisedFieldProps) {
  const { t } = useTranslation();
  const { locale, sourceLocale, savedText, issue } = useModuleEditorContext();
  const translating = locale !== sourceLocale;
  const status = editedTranslationStatus(value, locale, sourceLocale, savedPath === null ? undefined : savedText(savedPath));
  const source = value?.[sourceLocale]?.trim() ?? '';
  const sourceHint = translating
    ? source
      ? t('studio.modules.editor.sourceText', { language: t(`locales.${sourceLocale}`, { defaultValue: sourceLocale }), text: shorten(source) })
      : t('studio.modules.editor.noSourceText')
    : description;
  const fieldLabel = status ? (
    <Group component="span" gap={6} display="inline-flex" wrap="wrap">
      <span>{label}</span>
      <TranslationStatusBadge locale={locale} status={status} inline testId="text-status" />
    </Group>
  ) : (
    label
  );
  const props = {
    label: fieldLabel,
    description: sourceHint,
    required: required && !translating,
    lang: locale,
    value: value?.[locale] ?? '',
    error: issue(path),
    onChange: (event: { currentTarget: { value: string } }) => onChange(withLocaleText(value, locale, event.currentTarget.value)),
  };
  return multiline ? <Textarea {...props} autosize minRows={3} maxRows={16} /> : <TextInput {...props} />;
}

export interface PlainFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  path: string;
  description?: string;
  required?: boolean;
  placeholder?: string;
  monospace?: boolean;
}

/** A value shared by every locale (a URL, a reference, a date). */
export function PlainField({ label, value, onChange, path, description, required = false, placeholder, monospace = false }: PlainFieldProps) {
  const { issue } = useModuleEditorContext();
  return (
    <TextInput
      label={label}
      description={description}
      required={required}
      placeholder={placeholder}
      value={value}
      error={issue(path)}
      spellCheck={monospace ? false : undefined}
      styles={monospace ? { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } : undefined}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
