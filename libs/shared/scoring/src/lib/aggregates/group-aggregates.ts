import type { GroupAggregate } from '@digitalcheck/shared-contracts';

/** Groups with fewer members are suppressed (the rule; the DLT study reports no smaller groups either). */
export const MINIMUM_GROUP_SIZE = 3;

/** The median; for an even count the mean of the two middle values. null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
): GroupAggregate {
  const values = scores.filter((score): score is number => score !== null);
  if (values.length < minimum) return { members: values.length, value: null, suppressed: values.length > 0 };
  return { members: values.length, value: statistic === 'median' ? median(values) : mean(values), suppressed: false };
}
