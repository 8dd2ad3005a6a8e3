import Module from 'node:module';
import { join } from 'node:path';

/**
 * Jest applies moduleNameMapper to test files but not to globalSetup, which migrates the test database through
 * the app's own code. This maps the workspace aliases of tsconfig.base.json for that one case.
 */
const ALIASES: Record<string, string> = {
  '@savoir/domain': join(__dirname, '../../../../libs/domain/src/index.ts'),
  '@savoir/migrations': join(__dirname, '../../../../migrations/index.ts'),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolve };
const resolve = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = (request, ...rest) => resolve(ALIASES[request] ?? request, ...rest);
