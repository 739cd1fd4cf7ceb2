export * from './lib/respondent.routes';
