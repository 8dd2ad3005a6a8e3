import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ModuleKind, ModuleProgressStatus, QuestionType } from '@savoir/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ModuleKindEnum, QuestionTypeEnum } from '../../studio/dtos/content.model';
import { enumOf } from '../../studio/dtos/studio.model';
import { ENROLMENT_SOURCES, type EnrolmentSource } from '../entities/enrolment.entity';

export const ModuleProgressStatusEnum = enumOf(['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const);
registerEnumType(ModuleProgressStatusEnum, { name: 'ModuleProgressStatus' });

export const EnrolmentSourceEnum = enumOf(ENROLMENT_SOURCES);
registerEnumType(EnrolmentSourceEnum, { name: 'EnrolmentSource', description: 'ONBOARDING: automatic from the start date; ASSIGNED: by HR or an admin' });

@ObjectType('LearnerChoice', { description: 'An option, an item to order or a side to match, in the learner’s locale; never says which is right' })
export class LearnerChoiceModel {
  @Field() id!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) imageUrl!: string | null;
  @Field(() => String, { nullable: true }) imageAlt!: string | null;
}

@ObjectType('LearnerQuestion', { description: 'A published question version as the advisor answers it: no key' })
export class LearnerQuestionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The exact version shown: submitAnswer names it' }) versionId!: string;
  @Field(() => QuestionTypeEnum) type!: QuestionType;
  @Field() prompt!: string;
  @Field(() => [LearnerChoiceModel], { description: 'Options or items to order, in display order' }) choices!: LearnerChoiceModel[];
  @Field(() => [LearnerChoiceModel], { description: 'MATCHING: the items to match' }) matchingLeft!: LearnerChoiceModel[];
  @Field(() => [LearnerChoiceModel], { description: 'MATCHING: what they can be matched with' }) matchingRight!: LearnerChoiceModel[];
  @Field(() => String, { nullable: true, description: 'NUMERIC: the unit of the answer' }) unit!: string | null;
  @Field({ description: 'The advisor has answered it before' }) answered!: boolean;
}

@ObjectType('ModuleProgress')
export class ModuleProgressModel {
  @Field(() => ModuleProgressStatusEnum) status!: ModuleProgressStatus;
  @Field(() => Int) answered!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float, { nullable: true, description: 'Mean first-attempt score, 0 to 1' }) score!: number | null;
  @Field(() => Int, { description: 'Questions answered right on their first attempt' }) correctFirstTime!: number;
  @Field({ description: 'Every question right the first time' }) perfect!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the lesson was first read to its end' }) lessonReadAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) completedAt!: Date | null;
}

@ObjectType('LearnerModule', { description: 'A published module as the advisor works through it, texts in their locale' })
export class LearnerModuleModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) versionId!: string;
  @Field() code!: string;
  @Field(() => ModuleKindEnum) kind!: ModuleKind;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => Int) estimatedMinutes!: number;
  @Field(() => [GraphQLJSONObject], { description: 'Lesson blocks, texts resolved; RICH_TEXT carries sanitised `html`' }) blocks!: Record<string, unknown>[];
  @Field(() => [LearnerQuestionModel]) questions!: LearnerQuestionModel[];
  @Field(() => ModuleProgressModel) progress!: ModuleProgressModel;
}

@ObjectType('PathStep', { description: 'One module of a program, where the advisor stands with it' })
export class PathStepModel {
  @Field(() => ID) moduleId!: string;
  @Field() code!: string;
  @Field(() => ModuleKindEnum) kind!: ModuleKind;
  @Field() title!: string;
  @Field(() => Int) estimatedMinutes!: number;
  @Field(() => ModuleProgressStatusEnum) status!: ModuleProgressStatus;
  @Field({ description: 'The certification quiz of the program' }) certification!: boolean;
}

@ObjectType('Enrolment')
export class EnrolmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) programId!: string;
  @Field() programTitle!: string;
  @Field() onboarding!: boolean;
  @Field(() => EnrolmentSourceEnum) source!: EnrolmentSource;
  @Field({ description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn!: string | null;
  @Field(() => Float) certificationThreshold!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) completedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) certifiedAt!: Date | null;
  @Field(() => Float, { nullable: true }) certificationScore!: number | null;
  @Field(() => Int, { nullable: true, description: 'Onboarding: days from the start date to certification' }) onboardingDays!: number | null;
  @Field(() => [PathStepModel], { description: 'In program order' }) steps!: PathStepModel[];
  @Field(() => PathStepModel, { nullable: true, description: 'The first step not completed' }) nextStep!: PathStepModel | null;
}

@ObjectType('AnswerResult')
export class AnswerResultModel {
  @Field(() => ID) attemptId!: string;
  @Field(() => ID) questionId!: string;
  @Field() correct!: boolean;
  @Field(() => Float, { description: 'Credit earned, 0 to 1' }) score!: number;
  @Field({ description: 'The explanation, in the advisor’s locale' }) explanation!: string;
  @Field(() => GraphQLJSONObject, { description: 'The right answer, in the shape of an answer (e.g. { type, optionIds })' }) solution!: Record<string, unknown>;
  @Field({ description: 'This attempt id had already been recorded: the first result is returned, nothing changed' }) replayed!: boolean;
  @Field(() => ModuleProgressModel, { nullable: true }) moduleProgress!: ModuleProgressModel | null;
}

@ObjectType('EnrolmentResult')
export class EnrolmentResultModel {
  @Field(() => Int, { description: 'Advisors newly enrolled' }) enrolled!: number;
  @Field(() => Int, { description: 'Advisors who already were (their due date is updated)' }) alreadyEnrolled!: number;
}
