export * from './lib/analytics-api';
export * from './lib/analytics-messages';
export * from './lib/analytics-text';
export * from './lib/analytics-view';
export * from './lib/analytics-export';
export * from './lib/export-records-api';
export * from './lib/raw-export-url';
