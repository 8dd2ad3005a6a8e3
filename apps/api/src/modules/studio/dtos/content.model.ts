import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONTENT_STATUSES, MODULE_KINDS, QUESTION_TYPES, type ContentStatus, type ModuleKind, type QuestionType } from '@savoir/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { enumOf, LocalisedTextModel } from './studio.model';

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
