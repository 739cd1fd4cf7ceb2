export * from './lib/region-import.routes';
