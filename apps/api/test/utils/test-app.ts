import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/core/config/config';
import { configureHttp } from '../../src/core/http/configure-http';
import { WorkerModule } from '../../src/worker.module';

export interface RunningApi {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The real API process, listening on a free port, configured exactly as main.ts does. */
export async function startApi(): Promise<RunningApi> {
  const app = await NestFactory.create(AppModule, { bodyParser: false, logger: false });
  configureHttp(app, loadConfig());
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const close = async () => {
    app.getHttpServer().closeAllConnections(); // keep-alive sockets of fetch would hold the process open
    await app.close();
  };
  return { app, url: `http://127.0.0.1:${address.port}`, close };
}

/** The real worker process (outbox relay + BullMQ workers), in this Jest worker. */
export function startWorker(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule, { logger: false });
}
