const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  reporters: ['default', join(__dirname, 'tools/testing/results-reporter.cjs')],
  // The first test of a component suite compiles Angular templates; on a loaded 2-core machine that alone
  // has taken over jest's default 5 s. A hanging test still fails, just later.
  testTimeout: 20_000,
};
