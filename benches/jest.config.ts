import type { Config } from 'jest';
import { swcTransform, workspaceModuleNameMapper } from '../jest.preset';

/** The benches' own specs: the simulator and the harness behind `npm run bench:adaptive`, on a few advisors. */
const config: Config = {
  displayName: 'bench',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  transform: swcTransform,
  moduleNameMapper: Object.fromEntries(
    Object.entries(workspaceModuleNameMapper ?? {}).map(([pattern, target]) => [pattern, String(target).replace('<rootDir>/../../', '<rootDir>/../')]),
  ),
};

export default config;
