export * from './lib/regions.routes';
