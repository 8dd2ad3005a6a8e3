import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AuditTrail, isOneOf, parseAuditJson, truncateAuditValue, type AuditEntryView } from '../../audit/components/AuditTrail';
import { CONTENT_STATUSES } from '../../workflow/workflow';
import { LESSON_BLOCK_KINDS } from '../module-draft';

const ACTIONS = ['created', 'draft-saved', 'imported', 'submit', 'request-changes', 'publish', 'archive', 'questions-republished'] as const;
const FIELDS = ['title', 'summary', 'estimatedMinutes', 'targetSkills', 'questions', 'blocks', 'status', 'version', 'draftVersion'] as const;
/** A block's text field → its label key under studio.blocks.fields. */
const BLOCK_FIELDS: Record<string, string> = {
  markdown: 'markdown',
  alt: 'alt',
  caption: 'caption',
  name: 'productName',
  collection: 'collection',
  title: 'eventTitle',
  story: 'story',
  text: 'fact',
  label: 'specLabel',
  value: 'specValue',
};

function languageOf(t: TFunction, locale: string): string {
  return t(`locales.${locale}`, { defaultValue: locale });
}

/** A block's value that is no text → its label key under studio.blocks.fields. */
const BLOCK_VALUES: Record<string, string> = { url: 'url', date: 'date', reference: 'reference' };

/**
 * "title.fr" → "Title (French)"; "blocks[2].story.fr" → "Block 3 · Story (French)"; "blocks[1].date" → "Block 2 ·
 * Date"; anything else as the API names it.
 */
export function moduleFieldLabel(t: TFunction, field: string): string {
  const value = /^blocks\[(\d+)\]\.(\w+)$/.exec(field);
  if (value && BLOCK_VALUES[value[2]]) return [t('studio.modules.history.block', { number: Number(value[1]) + 1 }), t(`studio.blocks.fields.${BLOCK_VALUES[value[2]]}`)].join(' · ');
  const block = /^blocks\[(\d+)\]\.(?:keySpecs\[(\d+)\]\.)?(\w+)\.([a-z]{2}(?:-[A-Z]{2})?)$/.exec(field);
  if (block) {
    const [, index, spec, name, locale] = block as unknown as [string, string, string | undefined, string, string];
    const key = BLOCK_FIELDS[name];
    if (!key) return field;
    const label = t(`studio.blocks.fields.${key}`);
    const parts = [t('studio.modules.history.block', { number: Number(index) + 1 }), ...(spec === undefined ? [] : [t('studio.blocks.keySpec', { number: Number(spec) + 1 })]), label];
    return t('studio.audit.fieldInLocale', { field: parts.join(' · '), language: languageOf(t, locale) });
  }
  const [base = field, locale] = field.split('.');
  if (!isOneOf(FIELDS, base)) return field;
  const label = t(`studio.modules.history.fields.${base}`);
  return locale ? t('studio.audit.fieldInLocale', { field: label, language: languageOf(t, locale) }) : label;
}

/** A value of the trail: statuses and block kinds by their labels, lists joined, long texts cut. */
export function moduleAuditValue(t: TFunction, language: string, field: string, json: string | null): string | null {
  if (json === null) return null;
  const value = parseAuditJson(json);
  if (value === null || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('studio.audit.none');
    const items = value.map((item) => (field === 'blocks' && isOneOf(LESSON_BLOCK_KINDS, item) ? t(`studio.blocks.kinds.${item}`) : String(item)));
    return truncateAuditValue(new Intl.ListFormat(language, { style: 'short', type: 'conjunction' }).format(items));
  }
  if (field === 'status' && isOneOf(CONTENT_STATUSES, value)) return t(`studio.workflow.status.${value}`);
  if (typeof value === 'string') return truncateAuditValue(value);
  if (typeof value === 'number') return t('common.number', { value });
  return truncateAuditValue(JSON.stringify(value));
}

/** The module's history, newest first: saves, review steps, with each changed field before → after. */
export function ModuleHistory({ entries }: { entries: ReadonlyArray<AuditEntryView> }) {
  const { t, i18n } = useTranslation();
  const summary = (entry: AuditEntryView) =>
    isOneOf(ACTIONS, entry.action)
      ? t(`studio.modules.history.actions.${entry.action}`, { actor: entry.actorName })
      : t('studio.audit.actions.other', { actor: entry.actorName, action: entry.action });
  return (
    <AuditTrail
      entries={entries}
      summary={summary}
      fieldLabel={(field) => moduleFieldLabel(t, field)}
      formatValue={(field, json) => moduleAuditValue(t, i18n.language, field, json)}
    />
  );
}
