import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './core/config/config';
import { configureHttp } from './core/http/configure-http';

async function bootstrap() {
  const config = loadConfig();
  const app = await NestFactory.create(AppModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  // Behind a load balancer the client address is in X-Forwarded-For; login rate limits are per client IP.
  app.getHttpAdapter().getInstance().set('trust proxy', 'loopback, linklocal, uniquelocal');
  configureHttp(app, config);
  await app.listen(config.PORT);
  app.get(Logger).log(`Savoir API listening on http://localhost:${config.PORT}/graphql`);
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
