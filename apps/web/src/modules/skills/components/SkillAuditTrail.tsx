import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AuditTrail, isOneOf, parseAuditJson, type AuditEntryView } from '../../audit/components/AuditTrail';
import { SKILL_CATEGORIES } from './SkillCategoryBadge';

const KNOWN_ACTIONS = ['created', 'updated', 'prerequisites-changed', 'imported', 'imported-update'] as const;
const KNOWN_FIELDS = ['code', 'category', 'name', 'description', 'prerequisites'] as const;

/** "name.fr" → "Name (French)"; an unknown field is shown as the API names it. */
export function fieldLabel(t: TFunction, field: string): string {
  const [base = field, locale] = field.split('.');
  if (!isOneOf(KNOWN_FIELDS, base)) return field;
  const label = t(`studio.audit.fields.${base}`);
  return locale ? t('studio.audit.fieldInLocale', { field: label, language: t(`locales.${locale}`, { defaultValue: locale }) }) : label;
}

/** A value of the trail (JSON): text as is, a category by its label, a list through Intl.ListFormat. */
export function auditValue(t: TFunction, language: string, json: string | null): string | null {
  if (json === null) return null;
  const value = parseAuditJson(json);
  if (value === null || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('studio.audit.none');
    return new Intl.ListFormat(language, { style: 'short', type: 'conjunction' }).format(value.map(String));
  }
  if (typeof value === 'string') return isOneOf(SKILL_CATEGORIES, value) ? t(`studio.skills.categories.${value}`) : value;
  return JSON.stringify(value);
}

export function SkillAuditTrail({ entries }: { entries: ReadonlyArray<AuditEntryView> }) {
  const { t, i18n } = useTranslation();
  const summary = (entry: AuditEntryView) =>
    isOneOf(KNOWN_ACTIONS, entry.action)
      ? t(`studio.audit.actions.${entry.action}`, { actor: entry.actorName })
      : t('studio.audit.actions.other', { actor: entry.actorName, action: entry.action });
  return (
    <AuditTrail
      entries={entries}
      summary={summary}
      fieldLabel={(field) => fieldLabel(t, field)}
      formatValue={(_field, json) => auditValue(t, i18n.language, json)}
    />
  );
}
