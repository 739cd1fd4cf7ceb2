export * from './lib/measures-api';
export * from './lib/strategy-api';
export * from './lib/strategy-messages';
export * from './lib/strategy-saver';
