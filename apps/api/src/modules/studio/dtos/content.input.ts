import { Field, Float, GraphQLISODateTime, ID, InputType, registerEnumType } from '@nestjs/graphql';
import type { ContentStatus, ModuleKind, PublishingAction, QuestionType } from '@savoir/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ContentStatusEnum, ModuleKindEnum, QuestionTypeEnum } from './content.model';

export const PublishingActionEnum = { SUBMIT: 'SUBMIT', REQUEST_CHANGES: 'REQUEST_CHANGES', PUBLISH: 'PUBLISH', ARCHIVE: 'ARCHIVE' } as const satisfies Record<PublishingAction, PublishingAction>;
registerEnumType(PublishingActionEnum, {
  name: 'PublishingAction',
  description: 'SUBMIT a draft for review; REQUEST_CHANGES sends it back; PUBLISH (another author, under four-eyes); ARCHIVE retires the published version',
});

@InputType()
export class CreateProgramInput {
  @Field({ description: 'Stable code, e.g. onboarding' }) code!: string;
  @Field({ description: "In the maison's default locale" }) title!: string;
  @Field({ description: "In the maison's default locale" }) description!: string;
  @Field({ description: 'The program that defines "onboarded"; one per maison' }) onboarding!: boolean;
  @Field(() => Float, { description: 'Share of the certification quiz to get right, e.g. 0.8' }) certificationThreshold!: number;
  @Field(() => [String], { nullable: true, description: 'Skill codes' }) targetSkills?: string[];
}

@InputType()
export class UpdateProgramInput {
  @Field(() => ID) id!: string;
  @Field({ nullable: true, description: 'The locale of title and description: the source locale, or a translation' }) locale?: string;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) description?: string;
  @Field({ nullable: true }) onboarding?: boolean;
  @Field(() => Float, { nullable: true }) certificationThreshold?: number;
  @Field(() => [String], { nullable: true, description: 'Skill codes' }) targetSkills?: string[];
  @Field(() => GraphQLISODateTime, { nullable: true, description: "The program's updatedAt as the settings form read it: settings saved over a change made since are refused with EDIT_CONFLICT" })
  baseUpdatedAt?: Date | null;
}

@InputType()
export class SetProgramModulesInput {
  @Field(() => ID) programId!: string;
  @Field(() => [ID], { description: 'The modules in their new order; replaces the current list' }) moduleIds!: string[];
  @Field(() => GraphQLISODateTime, { nullable: true, description: "The program's updatedAt as the outline was read: an outline saved over a change made since is refused with EDIT_CONFLICT" })
  baseUpdatedAt?: Date | null;
}

@InputType()
export class CreateModuleInput {
  @Field({ description: 'Stable code, e.g. heritage.founding' }) code!: string;
  @Field(() => ModuleKindEnum) kind!: ModuleKind;
  @Field(() => GraphQLJSONObject, { description: 'ModuleDraft: title, summary, estimatedMinutes, targetSkills, blocks, questions (texts per locale)' })
  content!: Record<string, unknown>;
}

@InputType()
export class SaveModuleDraftInput {
  @Field(() => ID) moduleId!: string;
  @Field(() => GraphQLJSONObject, { description: 'The whole ModuleDraft, texts in every locale' }) content!: Record<string, unknown>;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "The latest version's authorship.updatedAt as the editor read it: a save over a version saved since is refused with EDIT_CONFLICT" })
  baseUpdatedAt?: Date | null;
}

@InputType()
export class ReviewModuleInput {
  @Field(() => ID) moduleId!: string;
  @Field(() => PublishingActionEnum) action!: PublishingAction;
}

@InputType()
export class CreateQuestionInput {
  @Field({ description: 'Stable code, e.g. heritage.q-founding-year' }) code!: string;
  @Field(() => GraphQLJSONObject, { description: 'QuestionDraft: skills, difficulty, key, presentation (texts per locale)' }) content!: Record<string, unknown>;
}

@InputType()
export class SaveQuestionDraftInput {
  @Field(() => ID) questionId!: string;
  @Field(() => GraphQLJSONObject, { description: 'The whole QuestionDraft, texts in every locale' }) content!: Record<string, unknown>;
  @Field(() => GraphQLISODateTime, { nullable: true, description: "The latest version's authorship.updatedAt as the editor read it: a save over a version saved since is refused with EDIT_CONFLICT" })
  baseUpdatedAt?: Date | null;
}

@InputType()
export class ReviewQuestionInput {
  @Field(() => ID) questionId!: string;
  @Field(() => PublishingActionEnum) action!: PublishingAction;
}

@InputType({ description: 'What a page of the question bank keeps, of each question’s latest version' })
export class QuestionFilterInput {
  @Field(() => ContentStatusEnum, { nullable: true }) status?: ContentStatus | null;
  @Field(() => QuestionTypeEnum, { nullable: true }) type?: QuestionType | null;
  @Field(() => String, { nullable: true, description: 'Matches the code, a skill code or the prompt in any locale (accents aside)' }) search?: string | null;
  @Field(() => [String], { nullable: true, description: 'Only the questions of these codes (a module’s)' }) codes?: string[] | null;
}
