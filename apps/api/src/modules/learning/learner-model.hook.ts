import type { EntityManager } from 'typeorm';
import type { QuestionVersionEntity } from '../studio/entities/question.entity';
import type { AttemptEntity } from './entities/attempt.entity';

/**
 * Called inside the transaction that records an answer, so the learner model moves with the attempt or not at
 * all. The adaptive engine provides it (`AdaptiveLearnerModel`: mastery per skill, item difficulty, review schedule).
 */
export abstract class LearnerModelHook {
  abstract onAttempt(manager: EntityManager, attempt: AttemptEntity, question: QuestionVersionEntity): Promise<void>;
}
