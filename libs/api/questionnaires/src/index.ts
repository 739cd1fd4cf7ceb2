export * from './lib/content-hash';
export * from './lib/questionnaire-version.entity';
export * from './lib/questionnaires.module';
export * from './lib/questionnaires.schema';
export * from './lib/questionnaires.service';
export * from './lib/seed/default-questionnaire-seed.service';
