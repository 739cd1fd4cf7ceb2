import { MeasureEntity } from './measure.entity';
import { CreateMeasureCatalogue1764500000000 } from './migrations/1764500000000-create-measure-catalogue';

/** This module's part of the database schema, collected by libs/api/schema. */
export const measureEntities = [MeasureEntity];
export const measureMigrations = [CreateMeasureCatalogue1764500000000];
