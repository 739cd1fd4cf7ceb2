export * from './testing/region-fixtures';
