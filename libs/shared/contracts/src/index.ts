export * from './lib/api-error';
export * from './lib/system';
export * from './lib/regions';
export * from './lib/questionnaires';
export * from './lib/accounts';
export * from './lib/surveys';
export * from './lib/analytics';
export * from './lib/exports';
