// Writes each jest run's totals to $CI_RESULTS_DIR, so .ci/run can print one line over all suites.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { randomBytes } = require('node:crypto');

class ResultsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.CI_RESULTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const summary = {
      runner: 'jest',
      project: this.rootDir,
      passed: results.numPassedTests,
      // A suite that fails to run (type error, crash in beforeAll) has no failed tests of its own.
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      // A run can fail with no failed test at all (no tests found, a coverage threshold): count it once.
      runFailed: !results.success,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    if (summary.runFailed && summary.failed === 0) summary.failed = 1;
    writeFileSync(join(dir, `jest-${Date.now()}-${randomBytes(3).toString('hex')}.json`), JSON.stringify(summary));
  }
}

module.exports = ResultsReporter;
