import { fork, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const COLOURS = { api: 36, worker: 35, web: 32, redis: 31, postgres: 34, build: 33, migrate: 33, seed: 33, start: 1 };

export function paint(code, text) {
  return useColour ? `\x1b[${code}m${text}\x1b[0m` : text;
}

const PREFIX_WIDTH = 11;
function prefix(name) {
  return paint(COLOURS[name] ?? 37, `[${name}]`.padEnd(PREFIX_WIDTH));
}

/** A line from start.mjs itself. */
export function say(message) {
  for (const line of String(message).split('\n')) console.log(`${prefix('start')}${line}`);
}

/** Copies a stream to our stdout line by line, each line prefixed with the process name. */
export function pipeLines(name, stream, format = (line) => line) {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    for (const out of format(line).split('\n')) console.log(`${prefix(name)}${out}`);
  });
}

const PINO_LEVELS = { 10: ['TRACE', 90], 20: ['DEBUG', 90], 30: ['INFO ', 0], 40: ['WARN ', 33], 50: ['ERROR', 31], 60: ['FATAL', 31] };
const PINO_HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'context', 'msg', 'req', 'res', 'responseTime', 'err']);

/**
 * Turns a pino JSON line into one readable line (level, context, message, request summary, extra fields; an error's
 * stack on the following lines). Anything that is not pino JSON passes through. START_RAW_LOGS=1 disables it.
 */
export function formatPinoLine(line) {
  if (process.env.START_RAW_LOGS === '1' || !line.startsWith('{')) return line;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof entry?.level !== 'number') return line;
  const [label, colour] = PINO_LEVELS[entry.level] ?? ['LOG  ', 0];
  const parts = [colour ? paint(colour, label) : label];
  if (entry.context) parts.push(paint(90, `${entry.context}:`));
  if (entry.msg) parts.push(entry.msg);
  if (entry.req?.method) {
    parts.push(`${entry.req.method} ${entry.req.url}${entry.res?.statusCode ? ` → ${entry.res.statusCode}` : ''}${entry.responseTime !== undefined ? ` ${entry.responseTime} ms` : ''}`);
  }
  const extra = Object.fromEntries(Object.entries(entry).filter(([key]) => !PINO_HIDDEN.has(key)));
  if (Object.keys(extra).length) parts.push(paint(90, JSON.stringify(extra)));
  const error = entry.err ? `\n${entry.err.stack ?? `${entry.err.type ?? 'Error'}: ${entry.err.message}`}` : '';
  return parts.join(' ') + error;
}

/**
 * Starts and stops the processes of `npm start`. Every child runs in its own process group (detached), so Ctrl-C
 * reaches this script only and it stops them in reverse start order: web, worker and API first, then Redis, then
 * Postgres. A long-running child that exits on its own stops everything (exit code 1).
 */
export class Supervisor {
  #services = [];
  #stopping = false;
  #onUnexpectedExit;
  #reaper = null;

  constructor({ onUnexpectedExit }) {
    this.#onUnexpectedExit = onUnexpectedExit;
    if (process.platform !== 'win32') {
      // Stops our process groups should this script die without stopping them (see reaper.mjs).
      this.#reaper = fork(fileURLToPath(new URL('./reaper.mjs', import.meta.url)), [], { detached: true, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      this.#reaper.unref();
      this.#reaper.channel?.unref();
    }
  }

  #track(service) {
    this.#services.push(service);
    if (service.group && service.child.pid) this.#tellReaper({ type: 'add', pid: service.child.pid });
    service.child.once('exit', () => {
      if (service.group && service.child.pid) this.#tellReaper({ type: 'remove', pid: service.child.pid });
    });
  }

  #tellReaper(message) {
    try {
      if (this.#reaper?.connected) this.#reaper.send(message);
    } catch {
      // The reaper is only a safety net.
    }
  }

  get stopping() {
    return this.#stopping;
  }

  /** Spawns a long-running process; its exit before `stopAll()` counts as a failure. */
  spawnService(name, command, args, options = {}) {
    const child = spawnPrefixed(name, command, args, options);
    this.adopt(name, child);
    return child;
  }

  /** Tracks a child started elsewhere (e.g. the Postgres runner) as a long-running service. */
  adopt(name, child, { stopSignal = 'SIGTERM', group = true } = {}) {
    const service = { name, child, stopSignal, group, exited: false };
    this.#track(service);
    child.once('exit', (code, signal) => {
      service.exited = true;
      if (!this.#stopping) this.#onUnexpectedExit(name, code, signal);
    });
  }

  /** Runs a one-shot command to completion (prefixed output); rejects unless it exits 0. Stopped by `stopAll()`. */
  run(name, command, args, options = {}) {
    return new Promise((resolve, reject) => {
      const child = spawnPrefixed(name, command, args, options);
      const service = { name, child, stopSignal: 'SIGTERM', group: true, exited: false };
      this.#track(service);
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        service.exited = true;
        this.#services = this.#services.filter((candidate) => candidate !== service);
        if (code === 0) resolve();
        else reject(new Error(`${name} failed (${signal ?? `exit code ${code}`})`));
      });
    });
  }

  /** Stops every tracked process, the most recently started first; each gets `graceMs` before SIGKILL. */
  async stopAll(graceMs = 10_000) {
    this.#stopping = true;
    for (const service of [...this.#services].reverse()) {
      if (service.exited) continue;
      await stopProcessGroup(service, graceMs);
    }
    this.#tellReaper({ type: 'done' });
    if (this.#reaper?.connected) this.#reaper.disconnect();
  }
}

function spawnPrefixed(name, command, args, { env, cwd, stdio = ['ignore', 'pipe', 'pipe'], format, ...rest } = {}) {
  const child = spawn(command, args, { env, cwd, stdio, detached: process.platform !== 'win32', ...rest });
  pipeLines(name, child.stdout, format);
  pipeLines(name, child.stderr, format);
  child.once('error', (error) => say(`${name}: could not start ${command}: ${error.message}`));
  return child;
}

function stopProcessGroup(service, graceMs) {
  const { child, stopSignal, group } = service;
  return new Promise((resolve) => {
    if (service.exited || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      say(`${service.name} did not stop within ${graceMs / 1000} s; killing it.`);
      signalGroup(child, 'SIGKILL', true);
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup(child, stopSignal, group);
  });
}

function signalGroup(child, signal, group) {
  try {
    // Negative pid: the whole process group (e.g. vite and its esbuild helper).
    if (group && process.platform !== 'win32') process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}
