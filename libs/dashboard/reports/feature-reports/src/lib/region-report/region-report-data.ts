import type { AnalyticsRegionProfile } from '@digitalcheck/shared-contracts';
import type { PriorityField } from '@digitalcheck/dashboard-ui-charts';

/** Index first, then the fields: the rows of the results table and the groups of the chart. */
export function resultRows(profile: AnalyticsRegionProfile) {
  return [profile.index, ...profile.fields];
}

/** Grouped bars: the region against the median of its peers and of its Land, per index and field. */
export function comparisonChart(profile: AnalyticsRegionProfile, peerLabel: string, landLabel: string) {
  const rows = resultRows(profile);
  return {
    groups: rows.map((row) => ({ key: row.section ?? 'index', label: row.title })),
    series: [
      { key: profile.region.ars, label: profile.region.name, values: rows.map((row) => row.score) },
      { key: 'peers', label: peerLabel, values: rows.map((row) => (row.peers.suppressed ? null : row.peers.median)) },
      { key: 'land', label: landLabel, values: rows.map((row) => (row.land.suppressed ? null : row.land.median)) },
    ],
  };
}

/** The fields of action for the priority × maturity matrix. */
export function priorityFields(profile: AnalyticsRegionProfile): PriorityField[] {
  return profile.fields.map((field) => ({
    title: field.title,
    priority: field.priority,
    notRelevant: field.notRelevant,
    maturityLevel: field.maturityLevel,
    score: field.score,
    fieldOfAction: field.fieldOfAction,
  }));
}
