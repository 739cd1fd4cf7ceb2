/**
 * Recommendations for a submitted response (issue 9): the fields of action ranked by urgency (field-urgency.ts)
 * and, in each field, up to five measures of the catalogue whose prerequisite holds on the response's answers and
 * that improve at least one unanswered or low-scoring item; more such items first, then lower effort.
 */
import {
  type FieldRecommendation,
  type Measure,
  type MeasureEffort,
  type MeasureRecommendation,
  MEASURE_EFFORTS,
} from '@digitalcheck/shared-contracts';
import { compileDefinition } from '../definition/compiled-definition';
import type { Condition } from '../definition/condition';
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { evaluateCondition } from '../conditions/evaluate-condition';
import { readResponse } from '../conditions/response-view';
import type { ResponseScore } from '../scoring/score-result';
import { addressedItems, indexItems, LOW_ITEM_SCORE } from './addressed-items';
import { rankFieldsByUrgency } from './field-urgency';
import { fieldReason, measureReason } from './recommendation-reasons';

/** At most this many measures per field. */
export const MEASURES_PER_FIELD = 5;

/** The rule, in German, as the recommendations page shows it. */
export const RECOMMENDATION_FORMULA =
  'Dringlichkeit = Priorität × Abstand. Priorität ist Ihr Wert 1–5 aus Frage P1 (ohne Angabe zählt 3; ' +
  'Felder mit „nicht relevant“ entfallen). Abstand sind die Punkte bis zur Untergrenze der nächsten Reifegradstufe ' +
  '(20, 40, 60 oder 80 Punkte; auf der Stufe „Vorreiter“ 0; ein Feld ohne Wert zählt mit 0 Punkten, also 20 bis ' +
  'zur Stufe „Erste Schritte“). Bei gleicher Dringlichkeit kommt zuerst das Feld mit dem niedrigeren Wert, dann die ' +
  `Reihenfolge im Fragebogen. Je Feld werden bis zu ${MEASURES_PER_FIELD} Maßnahmen vorgeschlagen, deren ` +
  'Voraussetzungen erfüllt sind und die mindestens eine unbeantwortete oder mit weniger als ' +
  `${LOW_ITEM_SCORE} von 100 Punkten bewertete Frage verbessern: zuerst die mit den meisten solchen Fragen, ` +
  'dann die mit geringerem Aufwand.';

export interface MeasureRecommendations {
  formula: string;
  fields: FieldRecommendation[];
}

export function recommendMeasures(
  definition: QuestionnaireDefinition,
  answers: Readonly<Record<string, unknown>>,
  score: ResponseScore,
  measures: readonly Measure[],
): MeasureRecommendations {
  const compiled = compileDefinition(definition);
  const view = readResponse(compiled, answers);
  const items = indexItems(score);
  const questionText = (code: string): string => compiled.byCode.get(code)?.question.text ?? code;
  const applicable = measures.filter(
    (measure) =>
      !measure.archived &&
      (measure.prerequisite === null || evaluateCondition(measure.prerequisite as unknown as Condition, view.lookup)),
  );

  const fields = rankFieldsByUrgency(score).map((entry): FieldRecommendation => {
    const suggestions = applicable
      .filter((measure) => measure.field === entry.field.section)
      .map((measure) => ({ measure, addresses: addressedItems(measure.improves, items, questionText) }))
      .filter((candidate) => candidate.addresses.length > 0)
      .sort(
        (a, b) =>
          b.addresses.length - a.addresses.length ||
          effortRank(a.measure.effort) - effortRank(b.measure.effort) ||
          a.measure.code.localeCompare(b.measure.code),
      )
      .slice(0, MEASURES_PER_FIELD)
      .map(
        ({ measure, addresses }): MeasureRecommendation => ({
          measure,
          reason: measureReason(addresses),
          addresses,
        }),
      );
    return {
      field: entry.field.section,
      title: entry.field.title,
      score: entry.field.score,
      maturityLevel: entry.field.maturityLevel,
      priority: entry.priorityGiven ? entry.priority : null,
      gap: entry.gap,
      urgency: entry.urgency,
      rank: entry.rank,
      reason: fieldReason(entry),
      measures: suggestions,
    };
  });
  return { formula: RECOMMENDATION_FORMULA, fields };
}

function effortRank(effort: MeasureEffort): number {
  return MEASURE_EFFORTS.indexOf(effort);
}
