export * from './lib/answer-saver';
export * from './lib/survey-messages';
export * from './lib/surveys-api';
export * from './lib/wave-messages';
export * from './lib/waves-api';
