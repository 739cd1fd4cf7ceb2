export * from './lib/waves.routes';
