import { Module } from '@nestjs/common';
import { AdaptiveModule } from '../adaptive/adaptive.module';
import { AnswersService } from './answers.service';
import { EnrolmentsService } from './enrolments.service';
import { SettleEnrolmentHandler } from './jobs/learning.handlers';
import { LearnerService } from './learner.service';
import { LearningResolver } from './learning.resolver';
import { ProgressService } from './progress.service';

/** Learn: enrolments, answers recorded exactly once, module and program progress, certification. */
@Module({
  imports: [AdaptiveModule],
  providers: [ProgressService, AnswersService, EnrolmentsService, LearnerService, LearningResolver, SettleEnrolmentHandler],
  exports: [ProgressService],
})
export class LearningModule {}
