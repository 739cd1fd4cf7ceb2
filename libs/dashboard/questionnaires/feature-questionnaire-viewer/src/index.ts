export * from './lib/questionnaire.routes';
