#!/usr/bin/env node
// `npm test`: every Jest tier, then the closing line CI reads: "N passed, N failed".
// Three runs: the domain, web and bench tiers need no service, so they take every core (Jest's default leaves one
// free, which on a two-core machine runs them one file at a time); the API tier shares Postgres and Redis with its
// workers and keeps Jest's default; the browser tier boots the API inside Jest's own process (its global setup), so
// it runs apart. Extra arguments go to every Jest run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const RUNS = [
  { name: 'domain, web, benches', args: ['--selectProjects', 'domain', 'web', 'bench', `--maxWorkers=${availableParallelism()}`] },
  { name: 'api: unit, integration, e2e', args: ['--selectProjects', 'api'] },
  { name: 'browser e2e', args: ['--selectProjects', 'browser', '--runInBand'] },
];

mkdirSync('tmp', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

for (const [index, run] of RUNS.entries()) {
  const resultsFile = `tmp/jest-results-${index}.json`;
  rmSync(resultsFile, { force: true });
  console.log(`\n--- ${run.name}`);
  const { status } = spawnSync('npx', ['jest', '--json', `--outputFile=${resultsFile}`, ...run.args, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC', NX_DAEMON: 'false' },
  });
  try {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
    totals.skipped += results.numPendingTests + results.numTodoTests;
  } catch {
    totals.failed += 1; // Jest crashed before writing its results
  }
  ok &&= status === 0;
}

console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
