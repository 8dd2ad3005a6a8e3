import { CreateIdentityAndTenancy1763884800000 } from './1763884800000-CreateIdentityAndTenancy';
import { EnforceTenantIsolation1763884800001 } from './1763884800001-EnforceTenantIsolation';
import { CreateSkillsAndAuditLog1763971200000 } from './1763971200000-CreateSkillsAndAuditLog';
import { CreateProgramsModulesAndQuestions1764057600000 } from './1764057600000-CreateProgramsModulesAndQuestions';
import { CreateAttempts1764144000000 } from './1764144000000-CreateAttempts';
import { CreateLearningProgressAndGamification1764230400000 } from './1764230400000-CreateLearningProgressAndGamification';
import { AddCorrectFirstTimeToModuleProgress1764316800000 } from './1764316800000-AddCorrectFirstTimeToModuleProgress';
import { CreateAdaptiveEngine1764403200000 } from './1764403200000-CreateAdaptiveEngine';
import { CreateReviewPace1764489600000 } from './1764489600000-CreateReviewPace';
import { IndexAttemptsByAnsweredAt1764576000000 } from './1764576000000-IndexAttemptsByAnsweredAt';
import { FindLoginInEveryMaison1764662400000 } from './1764662400000-FindLoginInEveryMaison';
import { IndexOpenChallenges1764748800000 } from './1764748800000-IndexOpenChallenges';
import { IndexXpByUserAndTime1764835200000 } from './1764835200000-IndexXpByUserAndTime';
import { AddLessonReadZone1764921600000 } from './1764921600000-AddLessonReadZone';
import { AddUnaccentForSearch1765008000000 } from './1765008000000-AddUnaccentForSearch';
import { IndexQuestionBankSearch1765094400000 } from './1765094400000-IndexQuestionBankSearch';
import { CreateItemAnalysis1765180800000 } from './1765180800000-CreateItemAnalysis';
import { CreateLearnerJudgement1765267200000 } from './1765267200000-CreateLearnerJudgement';

// Every migration, in order. The API is bundled by webpack, so migrations are imported explicitly (no globs).
export const MIGRATIONS = [CreateIdentityAndTenancy1763884800000, EnforceTenantIsolation1763884800001, CreateSkillsAndAuditLog1763971200000, CreateProgramsModulesAndQuestions1764057600000, CreateAttempts1764144000000, CreateLearningProgressAndGamification1764230400000, AddCorrectFirstTimeToModuleProgress1764316800000, CreateAdaptiveEngine1764403200000, CreateReviewPace1764489600000, IndexAttemptsByAnsweredAt1764576000000, FindLoginInEveryMaison1764662400000, IndexOpenChallenges1764748800000, IndexXpByUserAndTime1764835200000, AddLessonReadZone1764921600000, AddUnaccentForSearch1765008000000, IndexQuestionBankSearch1765094400000, CreateItemAnalysis1765180800000, CreateLearnerJudgement1765267200000];
