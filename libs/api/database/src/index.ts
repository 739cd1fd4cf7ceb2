export * from './lib/data-source';
export * from './lib/database.module';
export * from './lib/describe-database-error';
export * from './lib/typeorm-logger';
export { EmbeddedPostgres } from './lib/embedded/embedded-postgres';
export * from './lib/run-migrations';
export * from './lib/prepared-statement';
