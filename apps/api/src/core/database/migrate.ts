import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

/** The group role the migrations grant table privileges to; the app's login role is a member of it. */
export const APP_GROUP_ROLE = 'savoir_app';

/**
 * Applies pending migrations as the owner, then makes sure the login role of APP_DATABASE_URL exists, can log in
 * with its configured password and belongs to the app group role. Its password is configuration, not schema.
 */
export async function runMigrations(ownerUrl: string, appUrl: string): Promise<string[]> {
  const dataSource = createDataSource(ownerUrl, { extra: { max: 1 } });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await ensureAppLogin(dataSource, appUrl);
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

async function ensureAppLogin(dataSource: DataSource, appUrl: string): Promise<void> {
  const url = new URL(appUrl);
  const role = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  const [owner] = await dataSource.query('SELECT current_user AS name');
  if (role === owner.name) throw new Error('APP_DATABASE_URL must use a role other than the owner of DATABASE_URL');
  const [existing] = await dataSource.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = existing ? 'ALTER' : 'CREATE';
  await dataSource.query(`${verb} ROLE ${quoteIdent(role)} WITH LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${quoteLiteral(password)}`);
  if (role !== APP_GROUP_ROLE) await dataSource.query(`GRANT ${APP_GROUP_ROLE} TO ${quoteIdent(role)}`);
}

function quoteIdent(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
