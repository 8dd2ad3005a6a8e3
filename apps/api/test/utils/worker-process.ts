import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/**
 * The real worker (src/worker.ts) as a separate OS process, compiled on the fly (ts-node with SWC), so a test can
 * kill it with SIGKILL mid-job as a crash or an evicted container would, and start it again.
 */
export class WorkerProcess {
  private child: ChildProcess | null = null;
  private output = '';

  constructor(private readonly env: Record<string, string>) {}

  start(): void {
    this.child = spawn(process.execPath, ['-r', 'ts-node/register', '-r', join(__dirname, 'register-workspace-paths.ts'), join(ROOT, 'apps/api/src/worker.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, TS_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.app.json'), TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_SWC: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk) => (this.output += chunk));
    this.child.stderr?.on('data', (chunk) => (this.output += chunk));
  }

  /** What the process printed (for failure messages). */
  get log(): string {
    return this.output.slice(-4000);
  }

  /** SIGKILL: no shutdown hook runs, active jobs are left holding their locks. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
}
