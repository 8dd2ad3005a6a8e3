/**
 * The catalogue of background jobs: name → workload queue and payload. Payloads carry ids only; handlers load
 * what they need. Every job carries the maison it runs for, so its handler can open a tenant transaction.
 */
export const QUEUE_NAMES = ['admin'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

interface TenantJob {
  maisonId: string;
}

export interface JobPayloads {
  'users.import': TenantJob & { importId: string };
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [Name in JobName]: QueueName } = {
  'users.import': 'admin',
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

/**
 * The one place job ids are built: `<job name>.<key>`, e.g. `users.import.<importId>`. Two enqueues with the same
 * id while the first job is still kept by BullMQ become one job. (BullMQ refuses ':' in custom ids.)
 */
export function jobId(name: JobName, key: string): string {
  return `${name}.${key}`.replace(/:/g, '_');
}
