#!/usr/bin/env node
// `npm start`: the whole of Savoir on one machine, from a fresh clone.
//   Postgres  DATABASE_URL, or an embedded real Postgres under .data/postgres (port EMBEDDED_PG_PORT, 5433)
//   Redis     REDIS_URL, or redis-server from the PATH under .data/redis (port EMBEDDED_REDIS_PORT, 6380)
//   then: build the API if stale → migrate → seed the demo maison (idempotent) → API, worker and web dev server.
// Ctrl-C stops everything it started; if one process dies, the rest are stopped and the exit code is 1.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDotEnv } from './lib/dotenv.mjs';
import { formatPinoLine, paint, say, Supervisor } from './lib/processes.mjs';
import { findOnPath, isBuildStale, readOrCreateSecret, startEmbeddedPostgres, startRedis, waitForHttpOk } from './lib/services.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const env = process.env;

const dotEnvKeys = loadDotEnv(join(root, '.env'), env);

const apiPort = port('API_PORT', 3000);
const webPort = port('WEB_PORT', 4200);
const pgPort = port('EMBEDDED_PG_PORT', 5433);
const redisPort = port('EMBEDDED_REDIS_PORT', 6380);
const dataDir = join(root, '.data');
const distDir = join(root, 'dist/apps/api');

let exitCode = 0;
let shuttingDown = null;
const supervisor = new Supervisor({
  onUnexpectedExit: (name, code, signal) => {
    say(paint(31, `${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping everything.`));
    void shutdown(1);
  },
});

let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupts += 1;
    if (interrupts === 1) {
      say(`${signal}: stopping… (press Ctrl-C again to kill everything at once)`);
      void shutdown(signal === 'SIGINT' ? 130 : 143);
    } else if (interrupts === 2) {
      say('Killing everything now.');
      void supervisor.stopAll(0).then(() => process.exit(exitCode || 130));
    }
  });
}

function shutdown(code) {
  exitCode = Math.max(exitCode, code);
  shuttingDown ??= supervisor.stopAll().then(() => {
    say('Stopped.');
    process.exit(exitCode);
  });
  return shuttingDown;
}

async function main() {
  if (dotEnvKeys.length) say(`Loaded ${dotEnvKeys.length} variable(s) from .env (the real environment wins).`);
  mkdirSync(dataDir, { recursive: true });

  // 1. Postgres.
  if (env.DATABASE_URL) {
    say(`Postgres: using DATABASE_URL (${redact(env.DATABASE_URL)}).`);
  } else {
    say(`Postgres: DATABASE_URL is not set; starting an embedded Postgres on port ${pgPort} (data in .data/postgres).`);
    const { url } = await startEmbeddedPostgres(supervisor, { dataDir, port: pgPort, database: 'savoir' });
    env.DATABASE_URL = url;
    say(`Postgres: ready at ${redact(url)}.`);
  }
  env.APP_DATABASE_URL ||= appDatabaseUrl(env.DATABASE_URL, env.APP_DB_PASSWORD ?? 'savoir_app');
  if (stopping()) return;

  // 2. Redis.
  if (env.REDIS_URL) {
    say(`Redis: using REDIS_URL (${redact(env.REDIS_URL)}).`);
  } else {
    const executable = findOnPath('redis-server');
    if (!executable) {
      throw new UserFacingError(
        [
          'Redis is needed (queues, rate limits) and none is configured.',
          'Either install Redis so that redis-server is on the PATH, and run npm start again:',
          '  Debian/Ubuntu:  sudo apt-get install redis-server',
          '  macOS:          brew install redis',
          'or point Savoir at an existing Redis:  REDIS_URL=redis://host:6379 npm start',
        ].join('\n'),
      );
    }
    say(`Redis: REDIS_URL is not set; starting ${executable} on port ${redisPort} (data in .data/redis).`);
    const { url } = await startRedis(supervisor, { executable, dataDir, port: redisPort });
    env.REDIS_URL = url;
    say(`Redis: ready at ${url}.`);
  }
  if (stopping()) return;

  // 3. Secrets and the rest of the API's configuration.
  if (!env.JWT_SECRET) {
    const { value, created } = readOrCreateSecret(join(dataDir, 'jwt-secret'));
    env.JWT_SECRET = value;
    say(`JWT_SECRET: ${created ? 'generated and saved' : 'read from'} .data/jwt-secret (sessions survive restarts). Production must set JWT_SECRET itself.`);
  }
  env.PORT = String(apiPort);
  env.WEB_ORIGIN ||= `http://localhost:${webPort}`;

  // 4. Build the API bundles when missing or older than their sources.
  const bundles = ['main', 'worker', 'migrate', 'seed'].map((name) => join(distDir, `${name}.js`));
  const sources = ['apps/api/src', 'apps/api/webpack.config.js', 'apps/api/tsconfig.json', 'apps/api/tsconfig.app.json', 'libs/domain/src', 'migrations', 'tsconfig.base.json', 'package-lock.json'];
  if (env.SKIP_BUILD !== '1' && isBuildStale(bundles, sources.map((source) => join(root, source)))) {
    say('Building the API (npx nx build api)…');
    await supervisor.run('build', process.execPath, [bin('nx', 'nx'), 'build', 'api', '--outputStyle=stream'], {
      cwd: root,
      env: { ...env, NX_DAEMON: env.NX_DAEMON ?? 'false', NX_NO_CLOUD: env.NX_NO_CLOUD ?? 'true' },
    });
  } else {
    say(env.SKIP_BUILD === '1' ? 'SKIP_BUILD=1: using dist/apps/api as it is.' : 'API build is up to date (dist/apps/api).');
  }
  if (stopping()) return;

  // 5. Migrate, then seed the demo maison (both idempotent).
  await supervisor.run('migrate', process.execPath, ['--enable-source-maps', join(distDir, 'migrate.js')], { cwd: root, env });
  await supervisor.run('seed', process.execPath, ['--enable-source-maps', join(distDir, 'seed.js')], { cwd: root, env });
  if (stopping()) return;

  // 6. The long-running processes.
  const format = formatPinoLine;
  supervisor.spawnService('api', process.execPath, ['--enable-source-maps', join(distDir, 'main.js')], { cwd: root, env, format });
  supervisor.spawnService('worker', process.execPath, ['--enable-source-maps', join(distDir, 'worker.js')], { cwd: root, env, format });
  const webConfig = join(root, 'apps/web/vite.config.mts');
  const hasWeb = existsSync(webConfig);
  if (hasWeb) {
    supervisor.spawnService('web', process.execPath, [bin('vite', 'vite'), '--config', webConfig, '--port', String(webPort), '--strictPort'], {
      cwd: root,
      env: { ...env, WEB_PORT: String(webPort), API_URL: `http://127.0.0.1:${apiPort}` },
    });
  } else {
    say(paint(33, 'apps/web/vite.config.mts not found: the web app is not started.'));
  }

  // 7. Ready: print where to go and how to sign in.
  const readyUrl = `http://127.0.0.1:${apiPort}/health/ready`;
  const ready = await waitForHttpOk(readyUrl, { timeoutMs: 120_000, shouldStop: stopping });
  if (stopping()) return;
  if (!ready) throw new UserFacingError(`The API did not report ready at ${readyUrl} within 120 s; see the [api] lines above.`);

  const logins = await captureLogins();
  const banner = [
    '',
    paint(1, 'Savoir is running.'),
    hasWeb ? `  Web app   http://localhost:${webPort}` : '  Web app   (not started)',
    `  GraphQL   http://localhost:${apiPort}/graphql`,
    `  Health    http://localhost:${apiPort}/health/ready`,
    '',
    ...logins.split('\n').map((line) => `  ${line}`),
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  say(banner.join('\n'));
}

/** The demo logins, printed by the seed bundle itself so this script and the seed share one list. */
async function captureLogins() {
  const { execFile } = await import('node:child_process');
  return new Promise((resolveLogins) => {
    execFile(process.execPath, [join(distDir, 'seed.js'), '--print-logins'], { cwd: root, env }, (error, stdout) => {
      resolveLogins(error ? 'Demo logins: see docs/running.md' : stdout.trimEnd());
    });
  });
}

function appDatabaseUrl(ownerUrl, password) {
  const url = new URL(ownerUrl);
  url.username = 'savoir_app';
  url.password = encodeURIComponent(password);
  return url.toString();
}

function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function port(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`${name} must be a port number (1-65535), got "${raw}".`);
    process.exit(2);
  }
  return value;
}

/** Resolves a package's CLI script so it runs under this node, without npx in between (signals go straight to it). */
function bin(packageName, binName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[binName];
  return join(dirname(manifestPath), entry);
}

function stopping() {
  return shuttingDown !== null || supervisor.stopping;
}

class UserFacingError extends Error {}

main().catch((error) => {
  if (stopping()) return;
  say(paint(31, error instanceof UserFacingError || !(error instanceof Error) ? String(error.message ?? error) : error.message));
  void shutdown(1);
});
