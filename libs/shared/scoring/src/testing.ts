// Fixtures for tests elsewhere in the workspace (`@digitalcheck/shared-scoring/testing`); not for product code.
export { VERBANDSGEMEINDE_EXAMPLE } from './testing/worked-example';
