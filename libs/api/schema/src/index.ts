export * from './lib/database-schema';
