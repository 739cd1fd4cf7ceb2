export * from './testing/strategy-fixtures';
