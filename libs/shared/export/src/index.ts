export * from './lib/csv';
export * from './lib/export-file-name';
export * from './lib/formula-guard';
