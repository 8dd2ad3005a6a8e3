import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONTENT_STATUSES, ITEM_FLAGS, MODULE_KINDS, QUESTION_TYPES, type ContentStatus, type ItemFlag, type ModuleKind, type QuestionType, type TranslationStatus } from '@savoir/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { enumOf, LocalisedTextModel, TranslationStatusEnum } from './studio.model';

export const ContentStatusEnum = enumOf(CONTENT_STATUSES);
registerEnumType(ContentStatusEnum, { name: 'ContentStatus', description: 'DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED; a published version never changes' });

export const ModuleKindEnum = enumOf(MODULE_KINDS);
registerEnumType(ModuleKindEnum, { name: 'ModuleKind' });

export const QuestionTypeEnum = enumOf(QUESTION_TYPES);
registerEnumType(QuestionTypeEnum, { name: 'QuestionType' });

@ObjectType('FieldText', { description: 'One learner-facing text of a module or question, by its path (e.g. blocks[2].story)' })
export class FieldTextModel {
  @Field() path!: string;
  @Field(() => LocalisedTextModel) text!: LocalisedTextModel;
}

@ObjectType('VersionAuthorship')
export class VersionAuthorshipModel {
  @Field(() => ID) lastEditorId!: string;
  @Field() lastEditorName!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType('QuestionVersion')
export class QuestionVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ContentStatusEnum) status!: ContentStatus;
  @Field(() => QuestionTypeEnum) type!: QuestionType;
  @Field(() => Int, { description: '1 (easy) to 5 (hard)' }) difficulty!: number;
  @Field(() => [String], { description: 'Skill codes' }) skills!: string[];
  @Field(() => GraphQLJSONObject, { description: 'The QuestionDraft (key and presentation, texts per locale), as the editor edits it' }) content!: Record<string, unknown>;
  @Field(() => LocalisedTextModel) prompt!: LocalisedTextModel;
  @Field(() => [FieldTextModel], { description: 'Every text with its translation status' }) texts!: FieldTextModel[];
  @Field(() => VersionAuthorshipModel) authorship!: VersionAuthorshipModel;
}

@ObjectType('Question')
export class QuestionModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => QuestionVersionModel, { description: 'The newest version: the working draft or review, else the published one' }) latest!: QuestionVersionModel;
  @Field(() => QuestionVersionModel, { nullable: true, description: 'What learners answer today' }) published!: QuestionVersionModel | null;
}

@ObjectType('QuestionPage')
export class QuestionPageModel {
  @Field(() => [QuestionModel]) items!: QuestionModel[];
  @Field(() => Int, { description: 'Questions matching the filter, on every page' }) total!: number;
}

@ObjectType('ModuleVersion')
export class ModuleVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ContentStatusEnum) status!: ContentStatus;
  @Field(() => Int) estimatedMinutes!: number;
  @Field(() => [String], { description: 'Skill codes' }) targetSkills!: string[];
  @Field(() => [String], { description: 'Question codes, in order' }) questions!: string[];
  @Field(() => GraphQLJSONObject, { description: 'The ModuleDraft (texts per locale), as the editor edits it' }) content!: Record<string, unknown>;
  @Field(() => LocalisedTextModel) title!: LocalisedTextModel;
  @Field(() => [FieldTextModel], { description: 'Every text with its translation status' }) texts!: FieldTextModel[];
  @Field(() => VersionAuthorshipModel) authorship!: VersionAuthorshipModel;
}

@ObjectType('Module')
export class ModuleModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => ModuleKindEnum) kind!: ModuleKind;
  @Field(() => ModuleVersionModel, { description: 'The newest version: the working draft or review, else the published one' }) latest!: ModuleVersionModel;
  @Field(() => ModuleVersionModel, { nullable: true, description: 'What learners see today' }) published!: ModuleVersionModel | null;
}

@ObjectType('Program')
export class ProgramModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => LocalisedTextModel) title!: LocalisedTextModel;
  @Field(() => LocalisedTextModel) description!: LocalisedTextModel;
  @Field() onboarding!: boolean;
  @Field(() => Float) certificationThreshold!: number;
  @Field(() => [String], { description: 'Skill codes' }) targetSkills!: string[];
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('ProgramPackageFile', { description: 'A program package as a file to download' })
export class ProgramPackageFileModel {
  @Field() fileName!: string;
  @Field({ description: 'The package JSON, its checksum included' }) json!: string;
  @Field({ description: 'SHA-256 of the canonical JSON without the checksum' }) checksum!: string;
}

@ObjectType('ImportCounts')
export class ImportCountsModel {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
}

@ObjectType('ProgramPackageImport', { description: 'What an import changed; importing the same package again changes nothing' })
export class ProgramPackageImportModel {
  @Field(() => ImportCountsModel) skills!: ImportCountsModel;
  @Field(() => ImportCountsModel) questions!: ImportCountsModel;
  @Field(() => ImportCountsModel) modules!: ImportCountsModel;
  @Field({ description: 'created, updated or unchanged' }) program!: string;
}

@ObjectType('TranslationGap', { description: 'A text that a locale lacks (MISSING) or that its source outgrew (OUTDATED)' })
export class TranslationGapModel {
  @Field({ description: 'program, module, question or skill' }) entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field() code!: string;
  @Field({ description: 'Where the text is, e.g. blocks[2].story' }) path!: string;
  @Field(() => TranslationStatusEnum) status!: TranslationStatus;
  @Field({ description: 'The source text to translate' }) source!: string;
  @Field(() => String, { nullable: true, description: 'The current (outdated) translation' }) text!: string | null;
}

export const ItemFlagEnum = enumOf(ITEM_FLAGS);
registerEnumType(ItemFlagEnum, { name: 'ItemFlag', description: 'Why an item deserves an author’s review' });

@ObjectType('ChoiceShare')
export class ChoiceShareModel {
  @Field() optionId!: string;
  @Field(() => LocalisedTextModel, { nullable: true, description: 'The option as learners read it' }) label!: LocalisedTextModel | null;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Share of all choices made on the question' }) share!: number;
}

@ObjectType('ItemStatistics', { description: 'Classical item analysis of a published question version, on each advisor’s first attempt' })
export class ItemStatisticsModel {
  @Field(() => ID) questionId!: string;
  @Field() code!: string;
  @Field(() => Int) version!: number;
  @Field(() => QuestionTypeEnum) type!: QuestionType;
  @Field(() => LocalisedTextModel) prompt!: LocalisedTextModel;
  @Field(() => Int) attempts!: number;
  @Field(() => Int) learners!: number;
  @Field(() => Float, { description: 'Mean score, 0–1 (proportion correct): higher is easier' }) difficulty!: number;
  @Field(() => Float, { nullable: true, description: 'Corrected point-biserial; null below the minimum number of learners' }) discrimination!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper-lower index (27% groups)' }) upperLowerIndex!: number | null;
  @Field(() => [ChoiceShareModel]) choices!: ChoiceShareModel[];
  @Field(() => [ItemFlagEnum]) flags!: ItemFlag[];
}

@ObjectType('ItemStatisticsReport', { description: 'The maison’s last item analysis, computed nightly and when an author asks' })
export class ItemStatisticsReportModel {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the analysed answers were read; null before the first analysis' }) analysedAt!: Date | null;
  @Field({ description: 'A requested analysis is being computed; ask again in a moment' }) pending!: boolean;
  @Field(() => [ItemStatisticsModel], { description: 'Published question versions answered by at least as many advisors as a reported group (5)' }) items!: ItemStatisticsModel[];
}
