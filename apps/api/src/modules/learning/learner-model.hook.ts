import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QuestionVersionEntity } from '../studio/entities/question.entity';
import type { AttemptEntity } from './entities/attempt.entity';

/**
 * Called inside the transaction that records an answer, so the learner model moves with the attempt or not at
 * all. The adaptive engine provides the real model (mastery per skill, review schedule); until it does, answers
 * update nothing beyond progress.
 */
export abstract class LearnerModelHook {
  abstract onAttempt(manager: EntityManager, attempt: AttemptEntity, question: QuestionVersionEntity): Promise<void>;
}

@Injectable()
export class NoLearnerModel extends LearnerModelHook {
  async onAttempt(): Promise<void> {
    // No learner model yet: the adaptive engine replaces this provider.
  }
}
