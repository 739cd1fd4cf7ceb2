import baseConfig from '../../../eslint.config.mjs';

/**
 * The scoring engine runs unchanged in the NestJS API and in the Angular dashboard, so its production code
 * may import nothing but its own files and @digitalcheck/shared-contracts: no packages, no Node built-ins.
 * Specs and test fixtures may use test tooling (fast-check, node:fs).
 */
export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts', 'src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}/|@digitalcheck/shared-contracts$)',
              message: 'shared-scoring may import only its own files and @digitalcheck/shared-contracts.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'eval',
          message: 'Conditions are interpreted, never evaluated as code.',
        },
        {
          name: 'Function',
          message: 'Conditions are interpreted, never evaluated as code.',
        },
        {
          name: 'window',
          message: 'No browser APIs: the library also runs in the API.',
        },
        {
          name: 'document',
          message: 'No browser APIs: the library also runs in the API.',
        },
        {
          name: 'process',
          message: 'No Node APIs: the library also runs in the browser.',
        },
        {
          name: 'require',
          message: 'No Node APIs: the library also runs in the browser.',
        },
      ],
    },
  },
];
