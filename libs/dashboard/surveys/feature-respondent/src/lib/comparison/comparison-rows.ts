import type { GroupAggregate, ResponseComparison, ScoreComparisonRow } from '@digitalcheck/shared-contracts';
import { roundScoreForDisplay } from '@digitalcheck/shared-scoring';

/** The three series of the comparison, in the order of the table's columns and the charts' legends. */
export const COMPARISON_SERIES = ['own', 'peer', 'land'] as const;
export type ComparisonSeries = (typeof COMPARISON_SERIES)[number];

/** One cell: the rounded value, or the reason there is none. */
export interface ComparisonCell {
  value: number | null;
  text: string;
}

export interface ComparisonRowView {
  key: string;
  title: string;
  cells: Record<ComparisonSeries, ComparisonCell>;
}

export function seriesLabel(series: ComparisonSeries): string {
  switch (series) {
    case 'own':
      return $localize`:Series of the comparison@@surveys.comparison.own:Ihr Wert`;
    case 'peer':
      return $localize`:Series of the comparison@@surveys.comparison.peer:Vergleichsgruppe (Median)`;
    case 'land':
      return $localize`:Series of the comparison@@surveys.comparison.land:Land (Durchschnitt)`;
  }
}

const NO_VALUE = '–';

function ownCell(own: number | null): ComparisonCell {
  if (own === null) return { value: null, text: NO_VALUE };
  const value = roundScoreForDisplay(own);
  return { value, text: String(value) };
}

/** The peer median with the middle half of the group: "55 (mittlere Hälfte 45–75)". */
function peerCell(
  aggregate: GroupAggregate,
  quartiles: ScoreComparisonRow['peerQuartiles'],
  minimum: number,
): ComparisonCell {
  const cell = groupCell(aggregate, minimum);
  if (cell.value === null || !quartiles) return cell;
  const [q1, q3] = [roundScoreForDisplay(quartiles.q1), roundScoreForDisplay(quartiles.q3)];
  return {
    value: cell.value,
    text: $localize`:Peer median with its interquartile range@@surveys.comparison.peerRange:${cell.text}:median: (mittlere Hälfte ${q1}:q1:–${q3}:q3:)`,
  };
}

function groupCell(aggregate: GroupAggregate, minimum: number): ComparisonCell {
  if (aggregate.suppressed) {
    return {
      value: null,
      text: $localize`:A group too small to show@@surveys.comparison.suppressed:weniger als ${minimum}:minimum: Angaben`,
    };
  }
  if (aggregate.value === null) return { value: null, text: NO_VALUE };
  const value = roundScoreForDisplay(aggregate.value);
  return { value, text: String(value) };
}

function rowView(row: ScoreComparisonRow, minimum: number): ComparisonRowView {
  return {
    key: row.section ?? '',
    title: row.title,
    cells: {
      own: ownCell(row.own),
      peer: peerCell(row.peerMedian, row.peerQuartiles, minimum),
      land: groupCell(row.landAverage, minimum),
    },
  };
}

/** The overall index first, then the fields, rounded like every other score (42.5 → 43). */
export function comparisonRows(comparison: ResponseComparison): ComparisonRowView[] {
  const minimum = comparison.minimumGroupSize;
  return [
    {
      ...rowView(comparison.index, minimum),
      title: $localize`:Row of the comparison@@surveys.comparison.index:Gesamtindex`,
    },
    ...comparison.fields.map((row) => rowView(row, minimum)),
  ];
}
