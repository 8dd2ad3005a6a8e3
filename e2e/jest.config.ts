import type { Config } from 'jest';
import { swcTransform, workspaceModuleNameMapper } from '../jest.preset';

/** Browser end-to-end: Debian's Chromium driven by playwright-core against the real API, worker and web app. */
const config: Config = {
  displayName: 'browser',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/specs/**/*.e2e-spec.ts'],
  transform: swcTransform,
  moduleNameMapper: Object.fromEntries(
    Object.entries(workspaceModuleNameMapper ?? {}).map(([pattern, target]) => [pattern, String(target).replace('<rootDir>/../../', '<rootDir>/../')]),
  ),
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/support/timeouts.ts'],
};

export default config;
