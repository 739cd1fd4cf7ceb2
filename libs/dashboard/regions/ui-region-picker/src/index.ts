export * from './lib/region-picker/region-picker';
