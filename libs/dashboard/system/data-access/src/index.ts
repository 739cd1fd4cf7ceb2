export * from './lib/system-api';
export * from './lib/system-status';
export * from './lib/system-status.store';
export * from './lib/database-label';
