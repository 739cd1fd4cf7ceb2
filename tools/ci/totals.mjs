// Sums the results of every test runner in a CI run (jest per project, Playwright) into one line:
// "N passed, N failed" (skipped tests, when there are any, on the line before).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.ci-results';
// Steps that failed without a test result of their own (install, lint, build, a runner that crashed).
const failedSteps = Number(process.argv[3] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;

for (const file of existsSync(dir) ? readdirSync(dir) : []) {
  let data;
  try {
    data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch {
    failed += 1; // a truncated result file means a runner died while writing it
    continue;
  }
  if (data.runner === 'jest') {
    passed += data.passed;
    failed += data.failed;
    skipped += data.skipped;
  } else if (data.stats) {
    // Playwright's JSON reporter: expected = passed, unexpected = failed, flaky passed on retry.
    passed += data.stats.expected + data.stats.flaky;
    failed += data.stats.unexpected;
    skipped += data.stats.skipped;
    if ((data.errors ?? []).length > 0) failed += data.errors.length;
  }
}

if (failed === 0) failed = failedSteps;
// The last line is exactly "N passed, N failed"; skipped tests, if any, are named on the line before.
if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
