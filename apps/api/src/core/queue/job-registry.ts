import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JOB_HANDLER, type JobHandlerOf } from './job-handler';
import { JOB_NAMES, type JobName } from './jobs';

export class JobRegistryError extends Error {}

/** Finds every @JobHandler provider at boot and dispatches jobs to them by name. */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobName, JobHandlerOf<JobName>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit() {
    const found = new Map<JobName, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, metatype);
      if (!name) continue;
      found.set(name, [...(found.get(name) ?? []), metatype.name]);
      this.handlers.set(name, instance as JobHandlerOf<JobName>);
    }
    assertOneHandlerPerJob(found);
  }

  dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new JobRegistryError(`No handler for job ${job.name}`);
    return handler.handle(job.data, job);
  }
}

/** Exported for its unit test: the rule that makes boot fail. */
export function assertOneHandlerPerJob(found: ReadonlyMap<string, string[]>, expected: readonly string[] = JOB_NAMES): void {
  const problems: string[] = [];
  for (const name of expected) {
    const classes = found.get(name) ?? [];
    if (classes.length === 0) problems.push(`job "${name}" has no handler`);
    if (classes.length > 1) problems.push(`job "${name}" has ${classes.length} handlers: ${classes.join(', ')}`);
  }
  for (const name of found.keys()) {
    if (!expected.includes(name)) problems.push(`handler for unknown job "${name}"`);
  }
  if (problems.length) throw new JobRegistryError(`Invalid job handlers: ${problems.join('; ')}`);
}
