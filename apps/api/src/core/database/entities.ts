import { ChallengeEntity, ChallengeItemEntity } from '../../modules/adaptive/entities/challenge.entity';
import { ItemCalibrationEntity, ItemResponseEntity, LearnerJudgementEntity, ReviewCardEntity, ReviewPaceEntity, SkillMasteryEntity } from '../../modules/adaptive/entities/learner-model.entity';
import { OutboxEventEntity } from '../events/outbox-event.entity';
import { RefreshTokenEntity } from '../../modules/identity/entities/refresh-token.entity';
import { UserImportEntity } from '../../modules/identity/entities/user-import.entity';
import { UserEntity } from '../../modules/identity/entities/user.entity';
import { AttemptEntity } from '../../modules/learning/entities/attempt.entity';
import { EnrolmentEntity } from '../../modules/learning/entities/enrolment.entity';
import { ModuleProgressEntity } from '../../modules/learning/entities/module-progress.entity';
import { BadgeAwardEntity, BadgeDefinitionEntity } from '../../modules/gamification/entities/badge.entity';
import { ConsentRecordEntity } from '../../modules/gamification/entities/consent-record.entity';
import { LearnerStreakEntity } from '../../modules/gamification/entities/learner-streak.entity';
import { XpEventEntity } from '../../modules/gamification/entities/xp-event.entity';
import { BoutiqueEntity } from '../../modules/organisation/entities/boutique.entity';
import { CohortMemberEntity } from '../../modules/organisation/entities/cohort-member.entity';
import { CohortEntity } from '../../modules/organisation/entities/cohort.entity';
import { MaisonEntity } from '../../modules/organisation/entities/maison.entity';
import { RegionEntity } from '../../modules/organisation/entities/region.entity';
import { AuditEntryEntity } from '../../modules/audit/audit-entry.entity';
import { SkillPrerequisiteEntity } from '../../modules/studio/entities/skill-prerequisite.entity';
import { SkillEntity } from '../../modules/studio/entities/skill.entity';
import { ItemAnalysisEntity } from '../../modules/studio/entities/item-analysis.entity';
import { ModuleEntity, ModuleVersionEntity } from '../../modules/studio/entities/module.entity';
import { ProgramEntity, ProgramModuleEntity } from '../../modules/studio/entities/program.entity';
import { QuestionEntity, QuestionVersionEntity } from '../../modules/studio/entities/question.entity';

/** Every TypeORM entity, listed explicitly: the API is bundled, so globs would find nothing. */
export const ENTITIES = [
  MaisonEntity,
  RegionEntity,
  BoutiqueEntity,
  CohortEntity,
  CohortMemberEntity,
  UserEntity,
  RefreshTokenEntity,
  UserImportEntity,
  OutboxEventEntity,
  SkillEntity,
  SkillPrerequisiteEntity,
  AuditEntryEntity,
  QuestionEntity,
  QuestionVersionEntity,
  ModuleEntity,
  ModuleVersionEntity,
  ProgramEntity,
  ProgramModuleEntity,
  AttemptEntity,
  EnrolmentEntity,
  ModuleProgressEntity,
  XpEventEntity,
  LearnerStreakEntity,
  BadgeDefinitionEntity,
  BadgeAwardEntity,
  ConsentRecordEntity,
  SkillMasteryEntity,
  ReviewCardEntity,
  ReviewPaceEntity,
  LearnerJudgementEntity,
  ItemCalibrationEntity,
  ItemResponseEntity,
  ChallengeEntity,
  ChallengeItemEntity,
  ItemAnalysisEntity,
];
