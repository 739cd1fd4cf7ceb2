export * from './lib/exports.module';
export * from './lib/raw/codebook';
export * from './lib/raw/raw-columns';
