// Definition format
export * from './lib/definition/questionnaire-definition';
export * from './lib/definition/condition';
export * from './lib/definition/standard-scales';
export {
  DEFINITION_ERROR_CODES,
  type DefinitionError,
  type DefinitionErrorCode,
  type DefinitionValidationResult,
} from './lib/validation/definition-errors';
export { validateDefinition } from './lib/validation/validate-definition';
export { validateCondition, type ConditionValidationResult } from './lib/validation/validate-condition';

// Answers
export * from './lib/answers/answer-types';
export * from './lib/answers/validate-answers';
export { questionVisibility } from './lib/conditions/response-view';

// Scoring
export * from './lib/scoring/score-result';
export * from './lib/scoring/maturity-level';
export { scoreResponse } from './lib/scoring/score-response';
export type { ScoringContext } from './lib/scoring/item-score';
export { summariseIndicator, type IndicatorShare } from './lib/scoring/indicators';

// From assessment to strategy: fields ranked by priority × gap, measures per field (issue 9)
export {
  MEASURES_PER_FIELD,
  RECOMMENDATION_FORMULA,
  recommendMeasures,
  type MeasureRecommendations,
} from './lib/recommendations/recommend-measures';
export { DEFAULT_FIELD_PRIORITY, rankFieldsByUrgency, type FieldUrgency } from './lib/recommendations/field-urgency';
export { LOW_ITEM_SCORE } from './lib/recommendations/addressed-items';

// Aggregates over groups of responses and the small-n rule
export * from './lib/aggregates/group-aggregates';

// The default questionnaire
export { DIGITALE_KOMMUNE_V1 } from './definitions/digitale-kommune-v1/definition';

// Versions: what changed between two definitions, and what trend analysis may compare
export * from './lib/versioning/definition-diff-types';
export { diffDefinitions } from './lib/versioning/definition-diff';
export * from './lib/versioning/comparability';
