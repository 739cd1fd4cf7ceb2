import { MATURITY_LEVELS, type MaturityLevel } from '@digitalcheck/shared-scoring';

/** Priorities from P1, highest first: the rows of the matrix. */
export const PRIORITIES = [5, 4, 3, 2, 1] as const;
export const LEVELS: readonly MaturityLevel[] = MATURITY_LEVELS.map((info) => info.level);

/** What the matrix needs of a field: the scoring engine's FieldResult and the analytics profile's rows fit. */
export interface PriorityField {
  title: string;
  /** P1 priority 1–5, null when not given. */
  priority: number | null;
  notRelevant: boolean;
  maturityLevel: number | null;
  score: number | null;
  /** False for sections that are no field of action (left out); absent counts as a field of action. */
  fieldOfAction?: boolean;
}

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
export function priorityMatrix(fields: readonly PriorityField[]): PriorityMatrix {
  const cells = PRIORITIES.map(() => LEVELS.map((): string[] => []));
  const notRelevant: string[] = [];
  const unplaced: string[] = [];
  const candidates: PriorityField[] = [];
  for (const field of fields.filter((f) => f.fieldOfAction !== false)) {
    if (field.notRelevant) {
      notRelevant.push(field.title);
      continue;
    }
    const row = PRIORITIES.findIndex((priority) => priority === field.priority);
    const column = LEVELS.findIndex((level) => level === field.maturityLevel);
    if (row < 0 || column < 0) {
      unplaced.push(field.title);
      continue;
    }
    cells[row][column].push(field.title);
    if ((field.priority ?? 0) >= 4 && (field.maturityLevel ?? 5) <= 2) candidates.push(field);
  }
  const focus = candidates
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || (a.score ?? 0) - (b.score ?? 0))
    .map((field) => field.title);
  return { cells, focus, notRelevant, unplaced };
}
