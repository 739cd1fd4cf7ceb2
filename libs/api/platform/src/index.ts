export * from './lib/api-exception.filter';
export * from './lib/api-validation.exception';
export * from './lib/configure-app';
export * from './lib/field-errors';
export * from './lib/platform.module';
export * from './lib/validation-pipe';
