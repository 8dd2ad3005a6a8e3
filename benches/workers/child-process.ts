import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { RedisCounts } from './redis-counter';

export const ROOT = join(__dirname, '../..');

/**
 * A TypeScript entry point run as its own OS process (ts-node with SWC, as `npm run bench:*` and the worker-process
 * tests do), with the Redis command counter preloaded and an IPC channel to read it.
 */
export class BenchChild {
  private child: ChildProcess | null = null;
  private output = '';
  private readonly waiters: Array<{ pattern: RegExp; resolve: () => void }> = [];

  constructor(
    private readonly label: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    private readonly tsProject: string,
  ) {}

  start(): void {
    // BENCH_PROFILE_DIR=dir: each child writes a V8 CPU profile there on exit (NODE_OPTIONS refuses --cpu-prof).
    const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
    this.child = spawn(process.execPath, [...profile, '-r', 'ts-node/register', '-r', join(ROOT, 'benches/register-workspace-paths.ts'), '-r', join(__dirname, 'redis-counter.ts'), this.entry], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, TS_NODE_PROJECT: this.tsProject, TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_SWC: 'true' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
      for (const waiter of [...this.waiters]) {
        if (waiter.pattern.test(this.output)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
  }

  /** Resolves once the process printed a line matching `pattern`; fails if it exits first or after `timeoutMs`. */
  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    const child = this.child;
    if (!child) throw new Error(`${this.label} is not running`);
    if (pattern.test(this.output)) return;
    let timer: NodeJS.Timeout | undefined;
    const printed = new Promise<void>((resolve) => this.waiters.push({ pattern, resolve }));
    const exited = once(child, 'exit').then(([code]) => Promise.reject(new Error(`${this.label} exited (code ${code}) before printing ${pattern}:\n${this.log}`)));
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${this.label} did not print ${pattern} within ${timeoutMs} ms:\n${this.log}`)), timeoutMs)));
    try {
      await Promise.race([printed, exited, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The totals of the process's Redis commands so far (see redis-counter.ts). */
  async redisCounts(): Promise<RedisCounts> {
    const child = this.child;
    if (!child?.connected) throw new Error(`${this.label} has no IPC channel`);
    const reply = new Promise<RedisCounts>((resolve) => {
      const onMessage = (message: { type?: string; counts?: RedisCounts }) => {
        if (message?.type !== 'redis-counts' || !message.counts) return;
        child.off('message', onMessage);
        resolve(message.counts);
      };
      child.on('message', onMessage);
    });
    child.send({ type: 'redis-counts' });
    return reply;
  }

  get log(): string {
    return this.output.slice(-4000);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** SIGTERM (the worker's shutdown hooks close BullMQ cleanly), then SIGKILL if it lingers. */
  async stop(graceMs = 5000): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/** The difference of two counter snapshots. */
export function countsBetween(before: RedisCounts, after: RedisCounts): RedisCounts {
  const byCommand: Record<string, number> = {};
  for (const [name, count] of Object.entries(after.byCommand)) {
    const delta = count - (before.byCommand[name] ?? 0);
    if (delta) byCommand[name] = delta;
  }
  return { commands: after.commands - before.commands, roundTrips: after.roundTrips - before.roundTrips, byCommand };
}
