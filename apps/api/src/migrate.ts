import { loadConfig } from './core/config/config';
import { runMigrations } from './core/database/migrate';

/** One-shot command: applies pending migrations with the owner connection and enables the app role's login. */
async function main() {
  const config = loadConfig();
  const applied = await runMigrations(config.DATABASE_URL, config.APP_DATABASE_URL);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
