import type { WaveSummary } from '@digitalcheck/shared-contracts';
import { landCodeOf } from '@digitalcheck/shared-regions';
import type { AnalyticsView } from './analytics-view';

/**
 * The start of every export file name of an analytics page: the Land's code ("rp", "de" for all Länder) and the
 * year the wave started, so `rp_2026_index-rangfolge.svg` says where, when and what.
 */
export function exportFileNameParts(view: AnalyticsView, wave: WaveSummary | null, region?: string): string[] {
  const land = view.landArs ? (landCodeOf(view.landArs) ?? view.landArs) : 'de';
  const year = wave ? wave.startsAt.slice(0, 4) : null;
  return [land.toLowerCase(), ...(region ? [region] : []), ...(year ? [year] : [])];
}
