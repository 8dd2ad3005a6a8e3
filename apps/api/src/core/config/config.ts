import { z } from 'zod';
import { QUEUE_NAMES } from '../queue/jobs';

const booleanFromString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const postgresUrl = z
  .string()
  .url()
  .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must be a postgres:// URL');

/** Every environment variable Savoir reads. The README's configuration table mirrors this schema. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Owner connection: migrations and seeding only. */
  DATABASE_URL: postgresUrl,
  /** Non-owner connection used by the API and the worker, subject to row-level security. */
  APP_DATABASE_URL: postgresUrl,
  REDIS_URL: z.string().url().refine((url) => /^rediss?:\/\//.test(url), 'must be a redis:// URL'),
  /** Prefix of every BullMQ key, so several deployments or test runs can share one Redis. */
  QUEUE_PREFIX: z.string().min(1).default('savoir'),
  JWT_SECRET: z.string().min(32, 'must have at least 32 characters'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** Origin of the web app, allowed by CORS to send credentials (the refresh cookie). */
  WEB_ORIGIN: z.string().url().default('http://localhost:4200'),
  COOKIE_SECURE: booleanFromString.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_ATTEMPTS_PER_EMAIL: z.coerce.number().int().min(1).default(10),
  LOGIN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(100),
  LOGIN_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(50),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** How often the outbox relay looks for undelivered events, in milliseconds. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(250),
  /** How long the relay waits for Redis to accept a job before leaving the event for a later retry. */
  OUTBOX_ENQUEUE_TIMEOUT_MS: z.coerce.number().int().min(50).default(5000),
  /** How long the relay holds the events it claimed: a relay that dies leaves them to another after this. */
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).default(30),
  /** How long a job's lock lasts without renewal: a worker that dies mid-job has its job retried by another after this. */
  QUEUE_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  /**
   * Whether the worker keeps the scheduled jobs (DAILY fan-out, nightly calibration). The test suites and the bench
   * turn it off and run those jobs themselves, at the instants they choose.
   */
  SCHEDULED_JOBS: booleanFromString.default(true),
  /**
   * The queues this worker process runs, comma-separated. A deployment can give the admin queue (user imports,
   * item statistics: seconds of computation at a time) its own process, so challenges never wait behind them.
   */
  WORKER_QUEUES: z
    .string()
    .default(QUEUE_NAMES.join(','))
    .transform((list) => [...new Set(list.split(',').map((name) => name.trim()))])
    .pipe(z.array(z.enum(QUEUE_NAMES)).min(1)),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment, naming every missing or malformed variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
