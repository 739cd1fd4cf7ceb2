/**
 * Aggregates over groups of responses and the small-n rule: a figure over fewer than `minimum` responses is
 * withheld, so that a group of one or two cannot be read back. Shared by the respondents' comparison (computed
 * in Node over a Land's scores) and the analytics API (computed in SQL; only the rule is applied here).
 */

/** Groups with fewer members are suppressed (the rule; the DLT study reports no smaller groups either). */
export const MINIMUM_GROUP_SIZE = 3;

/** The same shape as GroupAggregate in shared-contracts. */
export interface SuppressibleAggregate {
  /** Responses in the group with a value. */
  members: number;
  /** The aggregate, null when suppressed or nobody has a value. */
  value: number | null;
  /** True when 0 < members < minimum: the value is withheld. */
  suppressed: boolean;
}

/** True when a figure over `members` responses must be withheld: some, but fewer than `minimum`. */
export function isSuppressed(members: number, minimum = MINIMUM_GROUP_SIZE): boolean {
  return members > 0 && members < minimum;
}

/** An aggregate computed elsewhere (e.g. in SQL) under the small-n rule. */
export function suppressSmallGroup(
  members: number,
  value: number | null,
  minimum = MINIMUM_GROUP_SIZE,
): SuppressibleAggregate {
  if (members < minimum) return { members, value: null, suppressed: isSuppressed(members, minimum) };
  return { members, value, suppressed: false };
}

/** The median; for an even count the mean of the two middle values. null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-quantile (0..1) by linear interpolation between the closest ranks, as PostgreSQL's percentile_cont. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** First and third quartile of the scores that exist; null below `minimum` members or without scores. */
export function quartiles(
  scores: readonly (number | null)[],
  minimum = MINIMUM_GROUP_SIZE,
): { q1: number; q3: number } | null {
  const values = scores.filter((score): score is number => score !== null);
  if (values.length === 0 || values.length < minimum) return null;
  return { q1: percentile(values, 0.25) as number, q3: percentile(values, 0.75) as number };
}

/** The arithmetic mean, null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Median or mean of the scores that exist; withheld below `minimum` members. */
export function aggregate(
  scores: readonly (number | null)[],
  statistic: 'median' | 'mean',
  minimum = MINIMUM_GROUP_SIZE,
): SuppressibleAggregate {
  const values = scores.filter((score): score is number => score !== null);
  return suppressSmallGroup(values.length, statistic === 'median' ? median(values) : mean(values), minimum);
}
