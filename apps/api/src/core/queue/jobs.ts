/**
 * The catalogue of background jobs: name → workload queue and payload. Payloads carry ids only; handlers load
 * what they need. Every job carries the maison it runs for, so its handler can open a tenant transaction.
 */
export const QUEUE_NAMES = ['admin', 'gamification', 'adaptive'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

interface TenantJob {
  maisonId: string;
}

export interface JobPayloads {
  'users.import': TenantJob & { importId: string };
  /** An enrolment's completion and certification from what the advisor has done already. */
  'enrolment.settle': TenantJob & { userId: string; enrolmentId: string };
  /** XP for one source: an attempt, or a completed module. */
  'xp.award': TenantJob & { userId: string; attemptId?: string; moduleProgressId?: string };
  'streak.update': TenantJob & { userId: string };
  'badge.evaluate': TenantJob & { userId: string };
  /** The advisor's next challenge, after their answers. */
  'challenge.generate': TenantJob & { userId: string; attemptId?: string };
  /** Scheduled: finds the advisors without a DAILY challenge for their local date and fans them out in batches. */
  'challenge.daily': Record<string, never>;
  /** One batch of DAILY challenges for the local dates at `at`: in one transaction, advisors already served skipped. */
  'challenge.daily.batch': TenantJob & { userIds: string[]; at: string };
  /** Scheduled, nightly: every item's difficulty re-estimated from all its responses. */
  'items.calibrate': Record<string, never>;
  /** The item statistics of one maison (an author asked), or, scheduled nightly, of every maison. */
  'items.analyse': Partial<TenantJob>;
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [Name in JobName]: QueueName } = {
  'users.import': 'admin',
  'enrolment.settle': 'admin',
  'xp.award': 'gamification',
  'streak.update': 'gamification',
  'badge.evaluate': 'gamification',
  'challenge.generate': 'adaptive',
  'challenge.daily': 'adaptive',
  'challenge.daily.batch': 'adaptive',
  'items.calibrate': 'adaptive',
  'items.analyse': 'admin',
};

/**
 * Jobs folded per key while one waits: answers arriving together (a device syncing its queue) become one
 * generation. One may run while one more waits with the latest payload (BullMQ `keepLastIfActive`), so an answer
 * recorded during a generation is never missed.
 */
export const JOB_DEBOUNCE: { readonly [Name in JobName]?: (payload: JobPayloads[Name]) => string } = {
  'challenge.generate': (payload) => `challenge.generate.${payload.userId}`,
  // Authors pressing "Recalculate" while an analysis waits get that one.
  'items.analyse': (payload) => `items.analyse.${payload.maisonId ?? 'every-maison'}`,
};

/** How often the DAILY challenges are fanned out (`challenge.daily`). */
export const DAILY_FAN_OUT_EVERY_MS = 15 * 60_000;

/** Jobs the worker schedules itself (BullMQ job schedulers, upserted at boot: several workers still make one schedule). */
export const JOB_SCHEDULES: ReadonlyArray<{ name: JobName; every?: number; pattern?: string }> = [
  // Every quarter of an hour: each zone's advisors are served within 15 minutes of their midnight, whatever the zone.
  { name: 'challenge.daily', every: DAILY_FAN_OUT_EVERY_MS },
  { name: 'items.calibrate', pattern: '30 1 * * *' },
  { name: 'items.analyse', pattern: '0 2 * * *' },
];

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

/**
 * The one place job ids are built: `<job name>.<key>`, e.g. `users.import.<importId>`. Two enqueues with the same
 * id while the first job is still kept by BullMQ become one job. (BullMQ refuses ':' in custom ids.)
 */
export function jobId(name: JobName, key: string): string {
  return `${name}.${key}`.replace(/:/g, '_');
}
