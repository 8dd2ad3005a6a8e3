import type { Config } from 'jest';
import { swcTransform, workspaceModuleNameMapper } from '../../jest.preset';

const config: Config = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  transform: swcTransform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    ...workspaceModuleNameMapper,
    '\\.(css|less|scss)$': 'identity-obj-proxy',
  },
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
};

export default config;
