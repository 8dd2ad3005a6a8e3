import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../../src/core/database/migrate';
import { databaseUrl, testServerUrl } from './test-env';

/**
 * A migrated database of a test's own, for tests that must not share the run's database: the demo seed (fixed
 * slug) and the outbox relay (whose claim takes every maison's events, so another file's worker would race it).
 */
export async function createScratchDatabase(prefix: string): Promise<{ ownerUrl: string; appUrl: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomUUID().slice(0, 8)}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: testServerUrl().toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const ownerUrl = databaseUrl(testServerUrl(), name);
  const app = new URL(process.env.APP_DATABASE_URL as string);
  const appUrl = databaseUrl(testServerUrl(), name, { user: decodeURIComponent(app.username), password: decodeURIComponent(app.password) });
  await runMigrations(ownerUrl, appUrl);
  return { ownerUrl, appUrl, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
