import type { Config } from 'jest';

/**
 * The whole suite, in tiers. `npm test` runs every project; each project can also be run alone
 * (`npx jest --selectProjects domain`). Integration and e2e tiers need Postgres and Redis: the global
 * setup creates a throwaway database for the run and drops it afterwards.
 */
const config: Config = {
  projects: [
    '<rootDir>/libs/domain/jest.config.ts',
    '<rootDir>/apps/api/jest.config.ts',
    '<rootDir>/apps/web/jest.config.ts',
    '<rootDir>/e2e/jest.config.ts',
    '<rootDir>/benches/jest.config.ts',
  ],
};

export default config;
