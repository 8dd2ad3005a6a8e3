import type { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppConfig } from '../config/config';

const MAX_BODY = '3mb'; // a 2 MB CSV import plus its JSON envelope

/**
 * Body parsing, cookies and CORS, shared by main.ts and the tests. Malformed or oversized bodies get a JSON
 * error in GraphQL's shape, never Express's HTML page or a stack trace.
 */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const json = express.json({ limit: MAX_BODY });
  app.use((req: Request, res: Response, next: NextFunction) =>
    json(req, res, (error?: unknown) => {
      if (!error) return next();
      const tooLarge = (error as { type?: string }).type === 'entity.too.large';
      res.status(tooLarge ? 413 : 400).json({
        errors: [{ message: tooLarge ? 'The request body is too large.' : 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
    }),
  );
  app.use(cookieParser());
  app.enableCors({ origin: config.WEB_ORIGIN, credentials: true });
  app.enableShutdownHooks();
}
