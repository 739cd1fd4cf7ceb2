import { type FieldResult, MATURITY_LEVELS, type MaturityLevel } from '@digitalcheck/shared-scoring';

/** Priorities from P1, highest first: the rows of the matrix. */
export const PRIORITIES = [5, 4, 3, 2, 1] as const;
export const LEVELS: readonly MaturityLevel[] = MATURITY_LEVELS.map((info) => info.level);

export interface PriorityMatrix {
  /** cells[row][column]: titles of the fields with priority PRIORITIES[row] and maturity level LEVELS[column]. */
  cells: string[][][];
  /** High priority (4–5) and low maturity (level 1–2): where the Digital-Werkstätten start, most urgent first. */
  focus: string[];
  /** Fields P1 marks "nicht relevant". */
  notRelevant: string[];
  /** Fields of action without a priority or without a maturity level (not scored). */
  unplaced: string[];
}

/** Places the fields of action by P1 priority (rows) and maturity level (columns). */
export function priorityMatrix(fields: readonly FieldResult[]): PriorityMatrix {
  const cells = PRIORITIES.map(() => LEVELS.map((): string[] => []));
  const notRelevant: string[] = [];
  const unplaced: string[] = [];
  const candidates: FieldResult[] = [];
  for (const field of fields.filter((f) => f.fieldOfAction)) {
    if (field.notRelevant) {
      notRelevant.push(field.title);
      continue;
    }
    const row = PRIORITIES.findIndex((priority) => priority === field.priority);
    if (row < 0 || field.maturityLevel === null) {
      unplaced.push(field.title);
      continue;
    }
    cells[row][field.maturityLevel - 1].push(field.title);
    if ((field.priority ?? 0) >= 4 && field.maturityLevel <= 2) candidates.push(field);
  }
  const focus = candidates
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || (a.score ?? 0) - (b.score ?? 0))
    .map((field) => field.title);
  return { cells, focus, notRelevant, unplaced };
}
