/**
 * Rule 6: derived indicators per response, and their share over many responses.
 */
import type { CompiledDefinition } from '../definition/compiled-definition';
import { selectedCodes } from '../conditions/evaluate-condition';
import type { ResponseView } from '../conditions/response-view';
import type { IndicatorValue } from './score-result';

export function computeIndicators(compiled: CompiledDefinition, view: ResponseView): Record<string, IndicatorValue> {
  const values: Record<string, IndicatorValue> = {};
  for (const indicator of compiled.definition.indicators) {
    const cq = compiled.byCode.get(indicator.question);
    if (!cq) continue;
    const holds = (reference: string): boolean | null => {
      const codes = selectedCodes(reference, view.lookup);
      // No answer, no indicator: an unanswered A1 is neither "with" nor "without" a strategy.
      return codes.length === 0 ? null : codes.some((code) => indicator.in.includes(code));
    };
    values[indicator.code] =
      cq.question.type === 'matrix'
        ? Object.fromEntries(cq.rows.map((row) => [row, holds(`${indicator.question}.${row}`)]))
        : holds(indicator.question);
  }
  return values;
}

export interface IndicatorShare {
  /** Responses for which the indicator holds. */
  n: number;
  /** Responses that answered the item. */
  base: number;
  /** n / base, null when the base is 0. */
  share: number | null;
}

/** Shares are reported over the responses that answered the item, always with n and the base. */
export function summariseIndicator(values: readonly (boolean | null)[]): IndicatorShare {
  const answered = values.filter((v): v is boolean => v !== null);
  const n = answered.filter((v) => v).length;
  return {
    n,
    base: answered.length,
    share: answered.length === 0 ? null : n / answered.length,
  };
}
