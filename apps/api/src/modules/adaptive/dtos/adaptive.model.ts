import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ChallengeReason, ModuleKind, PathStepReason, PathStepStatus, SkillCategory } from '@savoir/domain';
import { LearnerQuestionModel } from '../../learning/dtos/learning.model';
import { ModuleKindEnum } from '../../studio/dtos/content.model';
import { enumOf, SkillCategoryEnum } from '../../studio/dtos/studio.model';
import { CHALLENGE_KINDS, type ChallengeKind } from '../entities/challenge.entity';

export const ChallengeKindEnum = enumOf(CHALLENGE_KINDS);
registerEnumType(ChallengeKindEnum, { name: 'ChallengeKind' });
export const ChallengeReasonEnum = enumOf(['GAP', 'REVIEW', 'STRETCH', 'HERITAGE'] as const);
registerEnumType(ChallengeReasonEnum, { name: 'ChallengeReason', description: 'GAP: a gap to close; REVIEW: about to be forgotten; STRETCH: a step further; HERITAGE: the maison’s story' });
export const PathStepStatusEnum = enumOf(['DONE', 'SKIPPED', 'TODO'] as const);
registerEnumType(PathStepStatusEnum, { name: 'PathStepStatus' });
export const PathStepReasonEnum = enumOf(['COMPLETED', 'MASTERED', 'GAP', 'PREREQUISITE', 'CERTIFICATION', 'IN_ORDER', 'REMEDIATION'] as const);
registerEnumType(PathStepReasonEnum, { name: 'PathStepReason', description: 'Why a step of the personal path is there (see libs/domain personalPath)' });
export const PlacementStatusEnum = enumOf(['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const);
export type PlacementStatus = keyof typeof PlacementStatusEnum;
registerEnumType(PlacementStatusEnum, { name: 'PlacementStatus' });
export const GapScopeEnum = { BOUTIQUE: 'BOUTIQUE', REGION: 'REGION', COHORT: 'COHORT' } as const;
export type GapScope = keyof typeof GapScopeEnum;
registerEnumType(GapScopeEnum, { name: 'GapScope' });

@ObjectType('SkillRef', { description: 'A skill, named in the reader’s locale' })
export class SkillRefModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => SkillCategoryEnum) category!: SkillCategory;
}

@ObjectType('SkillMastery', { description: 'Where the advisor stands on one skill of their programs' })
export class SkillMasteryModel {
  @Field(() => SkillRefModel) skill!: SkillRefModel;
  @Field(() => Float, { description: 'Probability the skill is known, as judged from the advisor’s answers, 0 to 1' }) masteryProbability!: number;
  @Field({ description: 'The engine judges it known (not a gap)' }) mastered!: boolean;
  @Field(() => Float, { description: 'Standard deviation of the ability estimate: how sure the engine is' }) uncertainty!: number;
  @Field(() => Int, { description: 'Answers that informed the estimate' }) evidence!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a review is due (FSRS)' }) reviewDueAt!: Date | null;
}

@ObjectType('KnowledgeGap', { description: 'A skill judged not yet known, with what supports it' })
export class KnowledgeGapModel {
  @Field(() => SkillRefModel) skill!: SkillRefModel;
  @Field(() => Float, { description: 'Probability the skill is known, as judged, 0 to 1' }) masteryProbability!: number;
  @Field({ description: 'None of its prerequisites is a gap: worth working on now' }) ready!: boolean;
  @Field(() => SkillRefModel, { nullable: true, description: 'The underlying gap that better explains the failures' }) underlying!: SkillRefModel | null;
  @Field(() => Int, { description: 'Wrong answers among the last `recent` on the skill' }) wrong!: number;
  @Field(() => Int) recent!: number;
}

@ObjectType('PersonalPathStep')
export class PersonalPathStepModel {
  @Field(() => ID, { nullable: true, description: 'Null for a remediation step (practice on its skills)' }) moduleId!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => ModuleKindEnum, { nullable: true }) kind!: ModuleKind | null;
  @Field(() => Int, { nullable: true }) estimatedMinutes!: number | null;
  @Field(() => PathStepStatusEnum) status!: PathStepStatus;
  @Field(() => PathStepReasonEnum) reason!: PathStepReason;
  @Field(() => [SkillRefModel]) skills!: SkillRefModel[];
}

@ObjectType('PersonalPath', { description: '“Your path”: the onboarding program as the engine plans it for the advisor' })
export class PersonalPathModel {
  @Field(() => ID) programId!: string;
  @Field() programTitle!: string;
  @Field(() => [PersonalPathStepModel]) steps!: PersonalPathStepModel[];
  @Field(() => Int, { description: 'Modules skipped because their skills are mastered' }) skipped!: number;
}

@ObjectType('ChallengeItem')
export class ChallengeItemModel {
  @Field(() => LearnerQuestionModel) question!: LearnerQuestionModel;
  @Field(() => ChallengeReasonEnum) reason!: ChallengeReason;
  @Field(() => SkillRefModel) skill!: SkillRefModel;
  @Field({ description: 'Answered since the challenge was generated' }) answered!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Whether its first answer since the challenge was generated was right; null while it has none' })
  correct!: boolean | null;
}

@ObjectType('Challenge', { description: 'A few items chosen for the advisor, each with its reason' })
export class ChallengeModel {
  @Field(() => ID) id!: string;
  @Field(() => ChallengeKindEnum) kind!: ChallengeKind;
  @Field(() => GraphQLISODateTime) generatedAt!: Date;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => [ChallengeItemModel]) items!: ChallengeItemModel[];
  @Field() completed!: boolean;
}

@ObjectType('GroupSkillGap', { description: 'How many advisors of a boutique, region or cohort have a gap on a skill' })
export class GroupSkillGapModel {
  @Field(() => ID) groupId!: string;
  @Field() groupName!: string;
  @Field(() => SkillRefModel) skill!: SkillRefModel;
  @Field(() => Int) advisors!: number;
  @Field(() => Int) withGap!: number;
  @Field(() => Float, { description: 'withGap / advisors' }) share!: number;
}

@ObjectType('Placement', { description: 'The diagnostic at the start of onboarding: what the advisor already knows is skipped' })
export class PlacementModel {
  @Field(() => PlacementStatusEnum) status!: PlacementStatus;
  @Field(() => LearnerQuestionModel, { nullable: true, description: 'The question to answer now (through submitAnswer)' }) question!: LearnerQuestionModel | null;
  @Field(() => Int) asked!: number;
  @Field(() => Int, { description: 'At most this many questions' }) maxItems!: number;
  @Field(() => [SkillRefModel], { description: 'Once DONE: the skills it showed as known' }) masteredSkills!: SkillRefModel[];
}
