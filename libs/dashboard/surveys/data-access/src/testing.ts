// Fixtures for tests of other dashboard libraries (`@digitalcheck/dashboard-surveys-data-access/testing`).
export * from './testing/survey-fixtures';
export * from './testing/wave-fixtures';
