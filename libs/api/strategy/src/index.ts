export * from './lib/strategy.module';
export * from './lib/strategy.schema';
