import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from './jobs';

export const JOB_HANDLER = 'savoir:job-handler';

/** Declares the provider that runs one job name. Boot fails if a name has no handler or two. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);

export interface JobHandlerOf<Name extends JobName> {
  /** Must be idempotent: BullMQ delivers at least once, so a job killed mid-way runs again. */
  handle(payload: JobPayloads[Name], job: Job<JobPayloads[Name]>): Promise<unknown>;
}
