import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/**
 * What never reaches the logs: credentials, and the values a failed statement carried. A Postgres error (TypeORM's
 * `QueryFailedError`) holds the statement's parameters and Postgres's detail line: a unique violation while importing
 * users would log their emails and names. (pino does not write out an error's `cause`.)
 */
export const LOG_REDACTIONS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'err.parameters',
  'err.detail',
  'err.driverError.detail',
];

/** Structured JSON logs (pino). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          redact: LOG_REDACTIONS,
          autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
