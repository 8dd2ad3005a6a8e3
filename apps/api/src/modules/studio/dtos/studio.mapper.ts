import { SUPPORTED_LOCALES, translationStatus, type LocalisedText } from '@savoir/domain';
import type { SkillEntity } from '../entities/skill.entity';
import type { LocalisedTextModel, SkillModel } from './studio.model';

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
