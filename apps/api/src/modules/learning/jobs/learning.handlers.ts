import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerOf } from '../../../core/queue/job-handler';
import type { JobPayloads } from '../../../core/queue/jobs';
import { ProgressService } from '../progress.service';

@Injectable()
@JobHandler('enrolment.settle')
export class SettleEnrolmentHandler implements JobHandlerOf<'enrolment.settle'> {
  constructor(private readonly progress: ProgressService) {}

  handle({ maisonId, userId, enrolmentId }: JobPayloads['enrolment.settle']) {
    return this.progress.settleEnrolmentOf(maisonId, userId, enrolmentId);
  }
}
