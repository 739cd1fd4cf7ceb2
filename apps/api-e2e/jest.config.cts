export default {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/src/support/setup-after-env.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // Each suite starts real API processes; the embedded database needs a few seconds to boot.
  testTimeout: 60_000,
  coverageDirectory: '../../coverage/api-e2e',
};
