import type { Config } from 'jest';
import { swcTransform } from '../../jest.preset';

const config: Config = {
  displayName: 'domain',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: swcTransform,
};

export default config;
