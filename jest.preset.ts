import type { Config } from 'jest';

/** One SWC transform for every Jest project: decorators with metadata (NestJS) and TSX (React). */
export const swcTransform: Config['transform'] = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true, decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

/** Maps the workspace's path aliases for Jest (the same ones tsconfig.base.json declares). */
export const workspaceModuleNameMapper: Config['moduleNameMapper'] = {
  '^@savoir/domain$': '<rootDir>/../../libs/domain/src/index.ts',
  '^@savoir/migrations$': '<rootDir>/../../migrations/index.ts',
};
