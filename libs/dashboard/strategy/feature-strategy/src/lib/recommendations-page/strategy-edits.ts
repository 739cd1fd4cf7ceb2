import type { StrategyContent, StrategyMeasure } from '@digitalcheck/shared-contracts';

/** The API takes up to three focus fields; the page asks for two to three. */
export const MAX_FOCUS_FIELDS = 3;
export const MIN_FOCUS_FIELDS = 2;

/** An empty plan for a newly chosen measure. */
export function emptyPlan(measureId: string): StrategyMeasure {
  return { measureId, goal: '', responsible: '', startMonth: null, endMonth: null, budgetEur: null };
}

/**
 * Picks or drops a focus field. Dropping it takes its measures out of the draft (the API only takes measures of
 * focus fields); they go to `stash` so picking the field again brings back what was typed.
 */
export function toggleFocusField(
  content: StrategyContent,
  field: string,
  focused: boolean,
  fieldOfMeasure: ReadonlyMap<string, string>,
  stash: Map<string, StrategyMeasure>,
): StrategyContent {
  if (focused) {
    if (content.focusFields.includes(field)) return content;
    const restored = [...stash.values()].filter((plan) => fieldOfMeasure.get(plan.measureId) === field);
    for (const plan of restored) stash.delete(plan.measureId);
    return { ...content, focusFields: [...content.focusFields, field], measures: [...content.measures, ...restored] };
  }
  const kept: StrategyMeasure[] = [];
  for (const plan of content.measures) {
    if (fieldOfMeasure.get(plan.measureId) === field) stash.set(plan.measureId, plan);
    else kept.push(plan);
  }
  return { ...content, focusFields: content.focusFields.filter((code) => code !== field), measures: kept };
}

/** Picks (with an empty or stashed plan) or drops a measure; a dropped plan goes to `stash`. */
export function toggleMeasure(
  content: StrategyContent,
  measureId: string,
  chosen: boolean,
  stash: Map<string, StrategyMeasure>,
): StrategyContent {
  const present = content.measures.find((plan) => plan.measureId === measureId);
  if (chosen) {
    if (present) return content;
    const plan = stash.get(measureId) ?? emptyPlan(measureId);
    stash.delete(measureId);
    return { ...content, measures: [...content.measures, plan] };
  }
  if (!present) return content;
  stash.set(measureId, present);
  return { ...content, measures: content.measures.filter((plan) => plan.measureId !== measureId) };
}

/** Changes values of one measure's plan. */
export function updatePlan(
  content: StrategyContent,
  patch: Partial<StrategyMeasure> & Pick<StrategyMeasure, 'measureId'>,
): StrategyContent {
  return {
    ...content,
    measures: content.measures.map((m) => (m.measureId === patch.measureId ? { ...m, ...patch } : m)),
  };
}

/** Why a draft cannot be saved as it is (German), or null. */
export function draftBlocker(content: StrategyContent): string | null {
  if (content.focusFields.length > MAX_FOCUS_FIELDS) {
    return $localize`:Too many focus fields@@strategy.focus.tooManySave:Nicht gespeichert: Sie haben ${content.focusFields.length}:count: Fokusfelder gewählt, höchstens drei sind möglich. Bitte nehmen Sie eines heraus.`;
  }
  if (content.measures.some((m) => m.startMonth !== null && m.endMonth !== null && m.endMonth < m.startMonth)) {
    return $localize`:Time frame error@@strategy.plan.endBeforeStartSave:Nicht gespeichert: Bei einer Maßnahme liegt das Ende vor dem Beginn.`;
  }
  return null;
}
