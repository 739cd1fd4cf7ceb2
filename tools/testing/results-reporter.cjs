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
      skipped: results.numPendingTests + results.numTodoTests,
    };
    // A project without any test fails its run (passWithNoTests is off) with no failed test: count it once.
    // (`results.success` is not set yet when reporters run.)
    if (results.numTotalTestSuites === 0) summary.failed += 1;
    writeFileSync(join(dir, `jest-${Date.now()}-${randomBytes(3).toString('hex')}.json`), JSON.stringify(summary));
  }
}

module.exports = ResultsReporter;
