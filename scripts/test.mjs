#!/usr/bin/env node
// `npm test`: every Jest tier (domain, api unit/integration/e2e, web components, browser e2e) in one run,
// then the closing line CI reads: "N passed, N failed". Extra arguments go to Jest (e.g. --selectProjects api).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsFile = 'tmp/jest-results.json';
mkdirSync('tmp', { recursive: true });
rmSync(resultsFile, { force: true });

const run = spawnSync('npx', ['jest', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC', NX_DAEMON: 'false' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  skipped = results.numPendingTests + results.numTodoTests;
} catch {
  failed = Math.max(failed, 1); // Jest crashed before writing results
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
