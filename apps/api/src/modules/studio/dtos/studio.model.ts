import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SKILL_CATEGORIES, type LocalisedText, type SkillCategory, type TranslationStatus } from '@savoir/domain';

export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const SkillCategoryEnum = enumOf(SKILL_CATEGORIES);
registerEnumType(SkillCategoryEnum, { name: 'SkillCategory' });

export const TranslationStatusEnum = enumOf<TranslationStatus>(['MISSING', 'UP_TO_DATE', 'OUTDATED']);
registerEnumType(TranslationStatusEnum, { name: 'TranslationStatus', description: 'OUTDATED: the source text changed after this translation' });

@ObjectType('Translation')
export class TranslationModel {
  @Field() locale!: string;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => TranslationStatusEnum) status!: TranslationStatus;
}

/** A learner-facing text with its translations; `text(locale)` falls back to the source, never empty. */
@ObjectType('LocalisedText')
export class LocalisedTextModel {
  @Field() sourceLocale!: string;
  @Field(() => [TranslationModel], { description: 'One entry per supported locale, the source locale first' }) translations!: TranslationModel[];
  value!: LocalisedText;
}

@ObjectType('Skill')
export class SkillModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => SkillCategoryEnum) category!: SkillCategory;
  @Field(() => LocalisedTextModel) name!: LocalisedTextModel;
  @Field(() => LocalisedTextModel) description!: LocalisedTextModel;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

