export * from './lib/app-config';
export * from './lib/config-error';
export * from './lib/database-location';
export * from './lib/auth-config';
