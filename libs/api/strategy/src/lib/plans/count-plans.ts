import type { StrategyContent } from '@digitalcheck/shared-contracts';

export interface PlanCounts {
  /** Drafts with at least one focus field. */
  drafts: number;
  fields: Map<string, number>;
  /** Most chosen first, then by id. */
  measures: { measureId: string; count: number }[];
}

/** Counts focus fields and measures over drafts; a draft without a focus field counts nowhere. */
export function countPlans(contents: readonly StrategyContent[]): PlanCounts {
  const fields = new Map<string, number>();
  const measures = new Map<string, number>();
  let drafts = 0;
  for (const content of contents) {
    if (content.focusFields.length === 0) continue;
    drafts++;
    for (const field of new Set(content.focusFields)) fields.set(field, (fields.get(field) ?? 0) + 1);
    for (const id of new Set(content.measures.map((measure) => measure.measureId))) {
      measures.set(id, (measures.get(id) ?? 0) + 1);
    }
  }
  return {
    drafts,
    fields,
    measures: [...measures]
      .map(([measureId, count]) => ({ measureId, count }))
      .sort((a, b) => b.count - a.count || a.measureId.localeCompare(b.measureId)),
  };
}
