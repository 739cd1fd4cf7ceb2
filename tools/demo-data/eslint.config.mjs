import baseConfig from '../../eslint.config.mjs';

/**
 * The generator runs inside the API at start-up and in plain unit tests, and must be reproducible from its
 * seed: it imports only its own files and the shared scoring/contracts libraries, and never Math.random or
 * the clock (all time is passed in as fractions of a wave's period).
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
              regex: '^(?!\\.{1,2}/|@digitalcheck/shared-(scoring|contracts)$)',
              message: 'demo-data may import only its own files and the shared scoring and contracts libraries.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator (random.ts).' },
        { object: 'Date', property: 'now', message: 'The generator is timeless: callers map fractions to dates.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The generator is timeless.' },
      ],
    },
  },
];
