/**
 * Rule 4: scores stay unrounded; levels and display values are derived from the unrounded score.
 *
 * Field scores are sums of products of doubles, so a score that is exactly 40 or 62.5 on paper can arrive
 * as 39.99999999999999 or 62.49999999999999. Both derivations therefore add a tolerance far below any
 * difference a score can really have (1e-9 points), so that 20 is level 2 and 62.5 shows as 63 while 19.99
 * stays level 1.
 */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

export interface MaturityLevelInfo {
  level: MaturityLevel;
  name: string;
  minScore: number;
}

export const MATURITY_LEVELS: readonly MaturityLevelInfo[] = [
  { level: 1, name: 'Einstieg', minScore: 0 },
  { level: 2, name: 'Erste Schritte', minScore: 20 },
  { level: 3, name: 'Im Aufbau', minScore: 40 },
  { level: 4, name: 'Fortgeschritten', minScore: 60 },
  { level: 5, name: 'Vorreiter', minScore: 80 },
];

const FLOATING_POINT_TOLERANCE = 1e-9;

/** min(5, floor(score / 20) + 1), from the unrounded score. */
export function maturityLevel(score: number): MaturityLevel {
  const level = Math.floor((score + FLOATING_POINT_TOLERANCE) / 20) + 1;
  return Math.max(1, Math.min(5, level)) as MaturityLevel;
}

export function maturityLevelName(level: MaturityLevel): string {
  return MATURITY_LEVELS[level - 1].name;
}

/** Whole number, half up (42.5 → 43), for display only. */
export function roundScoreForDisplay(score: number): number {
  return Math.floor(score + 0.5 + FLOATING_POINT_TOLERANCE);
}
