import { randomUUID } from 'node:crypto';
import { MIGRATIONS } from '@savoir/migrations';
import { Client } from 'pg';
import { runMigrations } from '../../src/core/database/migrate';
import { databaseUrl, testServerUrl } from './test-env';

/**
 * A migrated database of a test's own, for tests that must not share the run's database: the demo seed (fixed
 * slug) and the outbox relay (whose claim takes every maison's events, so another file's worker would race it).
 */
export interface ScratchDatabase {
  ownerUrl: string;
  appUrl: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
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

/** A scratch database for the whole file: created before its tests, dropped after them; `current` while they run. */
export function useScratchDatabase(prefix: string): { readonly current: ScratchDatabase } {
  let scratch: ScratchDatabase | undefined;
  beforeAll(async () => {
    scratch = await createScratchDatabase(prefix);
  });
  afterAll(() => scratch?.drop());
  return {
    get current(): ScratchDatabase {
      if (!scratch) throw new Error('the scratch database is created before the tests run');
      return scratch;
    },
  };
}

/** The names of migration `name` and of every one after it: a migration's test undoes them all, then runs them again. */
export function migrationsFrom(name: string): string[] {
  const at = MIGRATIONS.findIndex((migration) => migration.name === name);
  if (at < 0) throw new Error(`no migration named ${name}`);
  return MIGRATIONS.slice(at).map((migration) => migration.name);
}
