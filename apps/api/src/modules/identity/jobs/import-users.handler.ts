import { Injectable } from '@nestjs/common';
import { JobHandler, type JobHandlerOf } from '../../../core/queue/job-handler';
import type { JobPayloads } from '../../../core/queue/jobs';
import { UserImportsService } from '../user-imports.service';

@Injectable()
@JobHandler('users.import')
export class ImportUsersHandler implements JobHandlerOf<'users.import'> {
  constructor(private readonly imports: UserImportsService) {}

  handle({ maisonId, importId }: JobPayloads['users.import']) {
    return this.imports.run(maisonId, importId);
  }
}
