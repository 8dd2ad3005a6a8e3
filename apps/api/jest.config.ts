import type { Config } from 'jest';
import { swcTransform, workspaceModuleNameMapper } from '../../jest.preset';

/**
 * API tiers: unit specs next to the code, integration specs (services, workers, SQL) and e2e specs (over HTTP)
 * against real Postgres and Redis. The global setup creates a throwaway database for the run.
 */
const config: Config = {
  displayName: 'api',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: swcTransform,
  moduleNameMapper: workspaceModuleNameMapper,
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/utils/global-setup.ts',
  globalTeardown: '<rootDir>/test/utils/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/utils/timeouts.ts'],
};

export default config;
