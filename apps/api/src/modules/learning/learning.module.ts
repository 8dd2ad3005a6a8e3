import { Module } from '@nestjs/common';
import { AnswersService } from './answers.service';
import { EnrolmentsService } from './enrolments.service';
import { LearnerModelHook, NoLearnerModel } from './learner-model.hook';
import { LearnerService } from './learner.service';
import { LearningResolver } from './learning.resolver';
import { ProgressService } from './progress.service';

/** Learn: enrolments, answers recorded exactly once, module and program progress, certification. */
@Module({
  providers: [ProgressService, AnswersService, EnrolmentsService, LearnerService, LearningResolver, { provide: LearnerModelHook, useClass: NoLearnerModel }],
  exports: [ProgressService],
})
export class LearningModule {}
