export * from './lib/system.routes';
