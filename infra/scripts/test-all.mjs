#!/usr/bin/env node
// `npm test`: every check, in order — build, lint, type check, unit, integration (real
// PostgreSQL and Redis), browser e2e (Debian Chromium). Prints each phase's time and ends
// with one "N passed, N failed" line. Set REHA_TEST_PHASES=unit,integration to run a subset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_SKIP_NX_CACHE: process.env.CI ? 'true' : '',
  FORCE_COLOR: '0',
};
const reportDir = mkdtempSync(join(tmpdir(), 'reha-test-'));
const only = process.env.REHA_TEST_PHASES?.split(',').map((s) => s.trim());

const results = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function run(command, args, cwd = root) {
  const r = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  return r.status ?? 1;
}

function jestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function phase(name, fn) {
  if (only && !only.includes(name)) return;
  const start = Date.now();
  process.stdout.write(`\n=== ${name} ===\n`);
  const outcome = fn();
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  results.push({ name, seconds, outcome });
  process.stdout.write(`=== ${name}: ${outcome} in ${seconds} s ===\n`);
}

/** A check without test cases (build, lint, type check) counts as one test. */
function check(command, args) {
  const code = run(command, args);
  if (code === 0) {
    passed += 1;
    return 'ok';
  }
  failed += 1;
  return `FAILED (exit ${code})`;
}

function jest(name, cwd, args) {
  const out = join(reportDir, `${name}.json`);
  const reporter = join(root, 'infra/scripts/jest-count-reporter.cjs');
  env.REHA_JEST_REPORT = out;
  const code = run('npx', ['jest', ...args, '--reporters=default', `--reporters=${reporter}`], cwd);
  delete env.REHA_JEST_REPORT;
  const counts = jestCounts(out);
  if (!counts) {
    failed += 1;
    return `FAILED (exit ${code}, no report)`;
  }
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  if (code !== 0 && counts.failed === 0) failed += 1; // e.g. a suite that failed to load, or teardown
  return `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}${code !== 0 && counts.failed === 0 ? ` (jest exited ${code})` : ''}`;
}

phase('build', () =>
  check('npx', ['nx', 'run-many', '-t', 'build', '--parallel=2', '--outputStyle=stream']),
);
phase('lint', () => {
  const eslint = check('npx', [
    'nx',
    'run-many',
    '-t',
    'lint',
    '--parallel=2',
    '--outputStyle=stream',
  ]);
  const prettier = check('npx', ['prettier', '--check', '.', '--log-level', 'warn']);
  return `eslint ${eslint}, prettier ${prettier}`;
});
phase('typecheck', () =>
  check('npx', ['nx', 'run-many', '-t', 'typecheck', '--parallel=2', '--outputStyle=stream']),
);
phase('unit', () => {
  const shared = jest('unit-shared', join(root, 'shared'), ['--silent']);
  const backend = jest('unit-backend', join(root, 'backend'), ['--selectProjects', 'unit']);
  return `shared: ${shared}; backend: ${backend}`;
});
phase('integration', () =>
  jest('integration', join(root, 'backend'), ['--selectProjects', 'integration', '--runInBand']),
);
phase('e2e', () => jest('e2e', join(root, 'e2e'), ['--runInBand']));

rmSync(reportDir, { recursive: true, force: true });
process.stdout.write('\nPhase times:\n');
for (const r of results)
  process.stdout.write(`  ${r.name.padEnd(12)} ${r.seconds.padStart(7)} s  ${r.outcome}\n`);
process.stdout.write(
  `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
process.exit(failed > 0 ? 1 : 0);
