export * from './lib/error-summary/error-summary';
export * from './lib/field-error/field-error';
export * from './lib/confirm-panel/confirm-panel';
