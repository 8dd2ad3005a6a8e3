import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { pipeLines } from './processes.mjs';

const RUNNER = fileURLToPath(new URL('./embedded-postgres-runner.mjs', import.meta.url));

/** Reads a secret persisted under .data/, creating it (random, mode 0600) the first time. */
export function readOrCreateSecret(path, bytes = 48) {
  if (existsSync(path)) {
    const value = readFileSync(path, 'utf8').trim();
    if (value) return { value, created: false };
  }
  const value = randomBytes(bytes).toString('base64url');
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return { value, created: true };
}

/**
 * Starts Postgres from the `embedded-postgres` package in a runner process (see embedded-postgres-runner.mjs),
 * initialising the cluster on first use and creating the database if missing. Resolves once it accepts connections.
 */
export function startEmbeddedPostgres(supervisor, { dataDir, port, database }) {
  const clusterDir = join(dataDir, 'postgres');
  const passwordFile = join(dataDir, 'postgres-password');
  if (existsSync(join(clusterDir, 'PG_VERSION')) && !existsSync(passwordFile)) {
    throw new Error(`${passwordFile} is missing but ${clusterDir} exists: delete ${clusterDir} to start from an empty database.`);
  }
  const { value: password } = readOrCreateSecret(passwordFile, 24);
  const runner = fork(RUNNER, [], {
    env: { ...process.env, PG_RUNNER_DIR: clusterDir, PG_RUNNER_PORT: String(port), PG_RUNNER_PASSWORD: password, PG_RUNNER_DATABASE: database },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: process.platform !== 'win32',
  });
  pipeLines('postgres', runner.stdout);
  pipeLines('postgres', runner.stderr);

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Embedded Postgres did not become ready within 120 s.`)), 120_000);
    function fail(error) {
      clearTimeout(timer);
      runner.kill('SIGTERM');
      reject(error);
    }
    runner.on('message', (message) => {
      if (message?.type === 'ready') {
        clearTimeout(timer);
        // Stop the runner only (not its group): it stops Postgres cleanly through embedded-postgres.
        supervisor.adopt('postgres', runner, { group: false });
        resolve({ url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}` });
      } else if (message?.type === 'failed') {
        fail(new Error(`${message.message}\nIs port ${port} free? Set EMBEDDED_PG_PORT to use another one, or DATABASE_URL to use your own Postgres.`));
      }
    });
    runner.once('exit', (code) => fail(new Error(`The embedded Postgres runner exited (code ${code}) before Postgres was ready.`)));
  });
}

/** The absolute path of an executable found on the PATH, or null. */
export function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here.
    }
  }
  return null;
}

/** Starts `redis-server` in the foreground (it dies with us) with its data under .data/redis. */
export async function startRedis(supervisor, { executable, dataDir, port }) {
  const url = `redis://127.0.0.1:${port}`;
  if (await pingRedis(url)) {
    throw new Error(
      `Something already answers on ${url} (a redis-server left over from an earlier run?). Stop it, or set EMBEDDED_REDIS_PORT to another port, or REDIS_URL to use it.`,
    );
  }
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = supervisor.spawnService('redis', executable, [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--daemonize', 'no',
    '--appendonly', 'yes',
    '--dir', dir,
    '--loglevel', 'warning',
  ]);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (code ${child.exitCode}); see the [redis] lines above.`);
    if (await pingRedis(url)) return { url };
    await sleep(150);
  }
  throw new Error(`redis-server did not answer PING on ${url} within 15 s.`);
}

async function pingRedis(url) {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  client.on('error', () => undefined); // a refused connection is an answer here, not a crash
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Waits until a URL answers 200, or the deadline passes, or `shouldStop()` turns true. */
export async function waitForHttpOk(url, { timeoutMs, shouldStop = () => false }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !shouldStop()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  return false;
}

/** True when a bundle is missing or older than any source it is built from. */
export function isBuildStale(bundles, sources) {
  let oldestBundle = Infinity;
  for (const bundle of bundles) {
    if (!existsSync(bundle)) return true;
    oldestBundle = Math.min(oldestBundle, statSync(bundle).mtimeMs);
  }
  return sources.some((source) => newestMtime(source) > oldestBundle);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // a deleted file changes its directory's mtime
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
