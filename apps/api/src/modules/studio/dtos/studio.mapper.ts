import { SUPPORTED_LOCALES, translationStatus, type LocalisedText } from '@savoir/domain';
import type { AuditEntryEntity } from '../entities/audit-entry.entity';
import type { SkillEntity } from '../entities/skill.entity';
import type { AuditEntryModel, LocalisedTextModel, SkillModel } from './studio.model';

export function toLocalisedTextModel(value: LocalisedText): LocalisedTextModel {
  const locales = [value.sourceLocale, ...SUPPORTED_LOCALES.filter((locale) => locale !== value.sourceLocale)];
  return {
    sourceLocale: value.sourceLocale,
    translations: locales.map((locale) => ({ locale, text: value.values[locale]?.text ?? null, status: translationStatus(value, locale) })),
    value,
  };
}

export const toSkillModel = (skill: SkillEntity): SkillModel => ({
  id: skill.id,
  code: skill.code,
  category: skill.category,
  name: toLocalisedTextModel(skill.name),
  description: toLocalisedTextModel(skill.description),
  updatedAt: skill.updatedAt,
});

export const toAuditEntryModel = (entry: AuditEntryEntity): AuditEntryModel => ({
  id: entry.id,
  entityType: entry.entityType,
  entityId: entry.entityId,
  action: entry.action,
  actorName: entry.actor?.displayName ?? 'Unknown',
  changes: Object.entries(entry.changes).map(([field, { before, after }]) => ({
    field,
    before: before === null || before === undefined ? null : JSON.stringify(before),
    after: after === null || after === undefined ? null : JSON.stringify(after),
  })),
  createdAt: entry.createdAt,
});
