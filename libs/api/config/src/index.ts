export * from './lib/api-config.module';
