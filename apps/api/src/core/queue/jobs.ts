/**
 * The catalogue of background jobs: name → workload queue and payload. Payloads carry ids only; handlers load
 * what they need. Every job carries the maison it runs for, so its handler can open a tenant transaction.
 */
export const QUEUE_NAMES = ['admin', 'gamification'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

interface TenantJob {
  maisonId: string;
}

export interface JobPayloads {
  'users.import': TenantJob & { importId: string };
  /** XP for one source: an attempt, or a completed module. */
  'xp.award': TenantJob & { userId: string; attemptId?: string; moduleProgressId?: string };
  'streak.update': TenantJob & { userId: string };
  'badge.evaluate': TenantJob & { userId: string };
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [Name in JobName]: QueueName } = {
  'users.import': 'admin',
  'xp.award': 'gamification',
  'streak.update': 'gamification',
  'badge.evaluate': 'gamification',
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

/**
 * The one place job ids are built: `<job name>.<key>`, e.g. `users.import.<importId>`. Two enqueues with the same
 * id while the first job is still kept by BullMQ become one job. (BullMQ refuses ':' in custom ids.)
 */
export function jobId(name: JobName, key: string): string {
  return `${name}.${key}`.replace(/:/g, '_');
}
