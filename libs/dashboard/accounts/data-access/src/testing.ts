export * from './testing/account-fixtures';
