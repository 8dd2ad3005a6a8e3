import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AuditTrail, isOneOf, parseAuditJson, truncateAuditValue, type AuditEntryView } from '../../audit/components/AuditTrail';
import { CONTENT_STATUSES } from '../../workflow/workflow';
import { QUESTION_TYPES } from '../question-draft';

const ACTIONS = ['created', 'draft-saved', 'imported-from-csv', 'imported', 'submit', 'request-changes', 'publish', 'archive'] as const;
const FIELDS = ['type', 'difficulty', 'skills', 'key', 'status', 'version', 'prompt', 'explanation'] as const;

/**
 * "prompt.fr" → "Prompt (French)", "choices.b.text.en" → "Option B (English)", "choices.b.imageUrl" → "Image of option
 * B"; unknown fields as the API names them.
 */
export function questionFieldLabel(t: TFunction, field: string): string {
  const language = (locale: string) => t(`locales.${locale}`, { defaultValue: locale });
  const text = /^(prompt|explanation)\.([a-z]{2}(?:-[A-Z]{2})?)$/.exec(field);
  if (text) return t('studio.audit.fieldInLocale', { field: t(`studio.questions.history.fields.${text[1]}`), language: language(text[2]) });
  const picture = /^choices\.([^.]+)\.imageUrl$/.exec(field);
  if (picture) return t('studio.questions.history.choicePicture', { id: picture[1].toUpperCase() });
  const choice = /^choices\.([^.]+)\.(text|imageAlt)\.([a-z]{2}(?:-[A-Z]{2})?)$/.exec(field);
  if (choice) {
    const label = t(choice[2] === 'text' ? 'studio.questions.history.choice' : 'studio.questions.history.choiceImage', { id: choice[1].toUpperCase() });
    return t('studio.audit.fieldInLocale', { field: label, language: language(choice[3]) });
  }
  return isOneOf(FIELDS, field) ? t(`studio.questions.history.fields.${field}`) : field;
}

/** A value of the trail: a status or type by its label, a list of skills joined, anything else shortened. */
export function questionAuditValue(t: TFunction, language: string, json: string | null): string | null {
  if (json === null) return null;
  const value = parseAuditJson(json);
  if (value === null || value === '') return null;
  if (Array.isArray(value)) return value.length ? new Intl.ListFormat(language, { style: 'short', type: 'conjunction' }).format(value.map(String)) : t('studio.audit.none');
  if (typeof value === 'string') {
    if (isOneOf(CONTENT_STATUSES, value)) return t(`studio.workflow.status.${value}`);
    if (isOneOf(QUESTION_TYPES, value)) return t(`studio.questionTypes.${value}`);
    return truncateAuditValue(value);
  }
  return truncateAuditValue(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/** The question's history: created, saved, submitted, published…, each with what changed. */
export function QuestionHistory({ entries }: { entries: ReadonlyArray<AuditEntryView> }) {
  const { t, i18n } = useTranslation();
  const summary = (entry: AuditEntryView) =>
    isOneOf(ACTIONS, entry.action)
      ? t(`studio.questions.history.actions.${entry.action}`, { actor: entry.actorName })
      : t('studio.audit.actions.other', { actor: entry.actorName, action: entry.action });
  return (
    <AuditTrail
      entries={entries}
      summary={summary}
      fieldLabel={(field) => questionFieldLabel(t, field)}
      formatValue={(_field, json) => questionAuditValue(t, i18n.language, json)}
    />
  );
}
