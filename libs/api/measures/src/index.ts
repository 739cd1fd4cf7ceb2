export * from './lib/catalogue/measure-catalogue';
export * from './lib/measure.entity';
export * from './lib/measure-rules';
export * from './lib/measures.module';
export * from './lib/measures.schema';
export * from './lib/measures.service';
export * from './lib/recommendations/recommendations.service';
