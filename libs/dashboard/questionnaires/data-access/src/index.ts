export * from './lib/questionnaires-api';
