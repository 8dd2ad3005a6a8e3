import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import apiGlobalSetup from '../../apps/api/test/utils/global-setup';
import { startApi, startWorker } from '../../apps/api/test/utils/test-app';

interface Stack {
  close(): Promise<void>;
}

declare global {
  var savoirBrowserStack: Stack | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** The whole stack for the browser: API and worker in this process, the web app served by Vite. */
export default async function globalSetup() {
  await apiGlobalSetup();
  const [api, worker, webPort] = await Promise.all([startApi(), startWorker(), freePort()]);
  const web: ChildProcess = spawn('npx', ['vite', '--config', 'apps/web/vite.config.mts', '--strictPort'], {
    env: { ...process.env, WEB_PORT: String(webPort), API_URL: api.url },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const webUrl = `http://127.0.0.1:${webPort}`;
  await waitFor(`${webUrl}/`, 60_000);
  process.env.E2E_WEB_URL = webUrl;
  globalThis.savoirBrowserStack = {
    async close() {
      if (web.pid) process.kill(-web.pid, 'SIGTERM');
      await Promise.all([api.close(), worker.close()]);
    },
  };
}
