import './register-workspace-paths';
import { Client } from 'pg';
import { runMigrations } from '../../src/core/database/migrate';
import { databaseUrl, testServerUrl } from './test-env';

/** Creates this run's database, applies every migration, and points the app at it through the environment. */
export default async function globalSetup() {
  // Several Jest projects (api, browser e2e) share one database per run: the first to start creates it.
  if (process.env.SAVOIR_TEST_DATABASE) return;
  const runId = `${Date.now().toString(36)}_${process.pid}`;
  const database = `savoir_test_${runId}`;
  const server = testServerUrl();
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();

  const ownerUrl = databaseUrl(server, database);
  const appUrl = databaseUrl(server, database, { user: 'savoir_app_test', password: 'savoir_app_test' });
  await runMigrations(ownerUrl, appUrl);

  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SAVOIR_TEST_DATABASE: database,
    DATABASE_URL: ownerUrl,
    APP_DATABASE_URL: appUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `savoir-test-${runId}`,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    OUTBOX_POLL_MS: '50',
    // Suites run the DAILY fan-out and calibration themselves: a real quarter-hour tick would serve their advisors mid-test.
    SCHEDULED_JOBS: 'false',
    // Every suite signs in from 127.0.0.1 within one window; the per-email limit is the one under test.
    LOGIN_ATTEMPTS_PER_IP: '10000',
  });
}
