import Module from 'node:module';
import { join } from 'node:path';

/**
 * The workspace aliases of tsconfig.base.json for a script run with `node -r ts-node/register -r <this file>`,
 * outside Jest and outside a bundler: `@savoir/domain` resolves to the library's source, so a bench runs the
 * very code the API and worker run.
 */
const ROOT = join(__dirname, '..');
const ALIASES: Record<string, string> = {
  '@savoir/domain': join(ROOT, 'libs/domain/src/index.ts'),
  '@savoir/migrations': join(ROOT, 'migrations/index.ts'),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolve };
const resolve = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = (request, ...rest) => resolve(ALIASES[request] ?? request, ...rest);
