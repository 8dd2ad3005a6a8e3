import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandler, type JobHandlerOf } from '../../../core/queue/job-handler';
import type { JobPayloads } from '../../../core/queue/jobs';
import { UserImportsService } from '../user-imports.service';

@Injectable()
@JobHandler('users.import')
export class ImportUsersHandler implements JobHandlerOf<'users.import'> {
  constructor(private readonly imports: UserImportsService) {}

  async handle({ maisonId, importId }: JobPayloads['users.import'], job: Job<JobPayloads['users.import']>) {
    try {
      await this.imports.run(maisonId, importId);
    } catch (error) {
      // The last attempt: the admin is told, rather than left watching an import that never ends.
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.imports.abandon(maisonId, importId);
      throw error;
    }
  }
}
