// Jest for every Angular project of the dashboard (app and libraries): one place for the transform settings.
const { join, relative } = require('node:path');

/**
 * @param {string} displayName the Nx project name
 * @param {string} projectRoot the project's folder relative to the workspace root
 */
module.exports = function dashboardJestConfig(displayName, projectRoot) {
  return {
    displayName,
    // jest resolves a preset path only relative to the project (`../../jest.preset.js`).
    preset: relative(join(__dirname, projectRoot), join(__dirname, 'jest.preset.js')),
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    coverageDirectory: join(__dirname, 'coverage', projectRoot),
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
      ],
    },
    // ESM shipped with a .js extension: Angular's locale data, d3-* and internmap.
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|@angular/common/locales/|d3-|internmap)'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
};
