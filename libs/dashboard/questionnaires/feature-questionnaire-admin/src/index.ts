export * from './lib/questionnaire-admin.routes';
