/**
 * The rules a measure must follow beyond the shape of the request (measures.dto.ts): its field is a field of action,
 * its code starts with that field, the cost range is ordered, the prerequisite is a valid condition on the default
 * questionnaire (errors name the JSON path inside it, e.g. `prerequisite/all/0/q`) and every improved question is a
 * scored question of that questionnaire. Used for admin edits and by the test of the shipped catalogue.
 */
import type { ApiFieldError, MeasureInput } from '@digitalcheck/shared-contracts';
import { DIGITALE_KOMMUNE_V1, type QuestionnaireDefinition, validateCondition } from '@digitalcheck/shared-scoring';

/** The questionnaire the catalogue refers to. */
export const CATALOGUE_QUESTIONNAIRE: QuestionnaireDefinition = DIGITALE_KOMMUNE_V1;

export const FIELD_CODES: readonly string[] = CATALOGUE_QUESTIONNAIRE.sections
  .filter((section) => section.fieldOfAction)
  .map((section) => section.code);

const SCORED_QUESTIONS = new Set(
  CATALOGUE_QUESTIONNAIRE.sections.flatMap((section) => section.questions.filter((q) => q.scored).map((q) => q.code)),
);

type MeasureRulesInput = Pick<MeasureInput, 'code' | 'field' | 'costMin' | 'costMax' | 'prerequisite' | 'improves'>;

export function measureRuleErrors(measure: MeasureRulesInput): ApiFieldError[] {
  const errors: ApiFieldError[] = [];
  if (!FIELD_CODES.includes(measure.field)) {
    errors.push({ field: 'field', code: 'unknownField', message: `field must be one of ${FIELD_CODES.join(', ')}` });
  } else if (!measure.code.startsWith(`${measure.field}-`)) {
    errors.push({ field: 'code', code: 'codeFieldMismatch', message: `code must start with "${measure.field}-"` });
  }
  if (measure.costMax < measure.costMin) {
    errors.push({ field: 'costMax', code: 'belowCostMin', message: 'costMax must not be below costMin' });
  }
  if (measure.prerequisite !== null) {
    const result = validateCondition(measure.prerequisite, CATALOGUE_QUESTIONNAIRE);
    if (!result.ok) {
      for (const error of result.errors) {
        errors.push({ field: `prerequisite${error.path}`, code: error.code, message: error.message });
      }
    }
  }
  const seen = new Set<string>();
  measure.improves.forEach((code, i) => {
    if (!SCORED_QUESTIONS.has(code)) {
      errors.push({
        field: `improves.${i}`,
        code: 'unknownQuestion',
        message: `"${code}" is not a scored question of the questionnaire ${CATALOGUE_QUESTIONNAIRE.id}`,
      });
    } else if (seen.has(code)) {
      errors.push({ field: `improves.${i}`, code: 'duplicateQuestion', message: `"${code}" is listed twice` });
    }
    seen.add(code);
  });
  return errors;
}
