/**
 * The catalogue of measures shipped with the product (seeded by the migration CreateMeasureCatalogue): at least
 * five per field of action, in the order of the fields. Prerequisites and improved questions refer to the default
 * questionnaire (Digitale Kommune v1); measure-catalogue.spec.ts checks every reference.
 */
import {
  ADMINISTRATION_MEASURES,
  EDUCATION_MEASURES,
  INFRASTRUCTURE_MEASURES,
} from './administration-infrastructure-education';
import type { CatalogueMeasure } from './catalogue-measure';
import { ECONOMY_MEASURES, SENIOR_MEASURES, TOURISM_MEASURES } from './economy-tourism-seniors';
import { EVERYDAY_MEASURES, PLACE_MEASURES, SOCIAL_MEASURES } from './social-places-everyday';

export type { CatalogueMeasure } from './catalogue-measure';

export const MEASURE_CATALOGUE: readonly CatalogueMeasure[] = [
  ...ADMINISTRATION_MEASURES,
  ...INFRASTRUCTURE_MEASURES,
  ...EDUCATION_MEASURES,
  ...ECONOMY_MEASURES,
  ...TOURISM_MEASURES,
  ...SENIOR_MEASURES,
  ...SOCIAL_MEASURES,
  ...PLACE_MEASURES,
  ...EVERYDAY_MEASURES,
];
