import { formatNumber, formatPercent } from '@angular/common';
import type { AnalyticsSplit, RegionLevel } from '@digitalcheck/shared-contracts';
import { DEFAULT_PEER_GROUPS, sizeClassLabel, sizeClassLabelOf } from '@digitalcheck/shared-regions';
import type { AnalyticsView } from './analytics-view';

const LOCALE = 'de-DE';

/** "57 %" (German, no decimals unless asked); "–" for null. */
export function germanPercent(share: number | null, digitsInfo = '1.0-0'): string {
  return share === null ? '–' : formatPercent(share, LOCALE, digitsInfo);
}

/** "62,4" (German, one decimal by default); "–" for null. */
export function germanNumber(value: number | null, digitsInfo = '1.0-1'): string {
  return value === null ? '–' : formatNumber(value, LOCALE, digitsInfo);
}

/** The regions of a level in the plural, as filters and subtitles name them. */
export function levelLabel(level: RegionLevel): string {
  switch (level) {
    case 'LAND':
      return $localize`:Region level, plural@@analytics.level.land:Länder`;
    case 'KREIS':
      return $localize`:Region level, plural@@analytics.level.kreis:Kreise und kreisfreie Städte`;
    case 'GEMEINDEVERBAND':
      return $localize`:Region level, plural@@analytics.level.gemeindeverband:Verbandsgemeinden und Gemeindeverbände`;
    case 'GEMEINDE':
      return $localize`:Region level, plural@@analytics.level.gemeinde:Gemeinden`;
  }
}

/** Size classes per level, as the filter offers them: `[{code: 'lt100k', label: 'unter 100.000 Einwohner'}]`. */
export function sizeClassOptions(level: RegionLevel | null): Array<{ code: string; label: string }> {
  const levels = level ? [level] : (Object.keys(DEFAULT_PEER_GROUPS) as RegionLevel[]);
  return levels.flatMap((l) =>
    (DEFAULT_PEER_GROUPS[l] ?? []).map((size) => ({
      code: size.code,
      label: level ? sizeClassLabel(size) : `${levelLabel(l)}: ${sizeClassLabel(size)}`,
    })),
  );
}

export function splitLabel(split: AnalyticsSplit): string {
  return split === 'kind'
    ? $localize`:Split of a distribution@@analytics.split.kind:nach Art`
    : $localize`:Split of a distribution@@analytics.split.sizeClass:nach Größenklasse`;
}

/** Names the line of current filters needs besides the view. */
export interface ViewNames {
  waveTitle: string | null;
  landName: string | null;
}

/**
 * The "current filters" line above every chart, e.g.
 * "Befragung: Digitalcheck Rheinland-Pfalz 2024 · Rheinland-Pfalz · Kreise und kreisfreie Städte · alle Arten ·
 * alle Größenklassen".
 */
/** The current filters as label → value, e.g. { Befragung: "Digitalcheck RLP 2024", Land: "Rheinland-Pfalz", … }. */
export function filterEntries(view: AnalyticsView, names: ViewNames): Record<string, string> {
  return {
    [$localize`:Filter label, wave@@analytics.filterLabel.wave:Befragung`]:
      names.waveTitle ?? $localize`:Current filters, no wave@@analytics.filters.noWave:keine Befragung gewählt`,
    [$localize`:Filter label, Land@@analytics.filterLabel.land:Land`]: view.landArs
      ? (names.landName ?? view.landArs)
      : $localize`:Current filters, all Länder@@analytics.filters.allLaender:alle Länder`,
    [$localize`:Filter label, level@@analytics.filterLabel.level:Ebene`]: view.level
      ? levelLabel(view.level)
      : $localize`:Current filters, all levels@@analytics.filters.allLevels:alle Ebenen`,
    [$localize`:Filter label, kind@@analytics.filterLabel.kind:Art`]:
      view.kind ?? $localize`:Current filters, all kinds@@analytics.filters.allKinds:alle Arten`,
    [$localize`:Filter label, size class@@analytics.filterLabel.size:Größenklasse`]: view.sizeClass
      ? sizeClassLabelOf(view.sizeClass)
      : $localize`:Current filters, all size classes@@analytics.filters.allSizes:alle Größenklassen`,
  };
}

/** "Befragung: Digitalcheck RLP 2024 · Rheinland-Pfalz · Kreise · alle Arten · alle Größenklassen" */
export function currentFiltersText(view: AnalyticsView, names: ViewNames): string {
  const [wave, ...rest] = Object.values(filterEntries(view, names));
  const waveText = names.waveTitle
    ? $localize`:Current filters, wave@@analytics.filters.wave:Befragung: ${names.waveTitle}:title:`
    : wave;
  return [waveText, ...rest].join(' · ');
}

/** A chart's subtitle: wave, filters and n, e.g. "Digitalcheck RLP 2024 · Rheinland-Pfalz · … · n = 36". */
export function chartSubtitle(filters: string, n: number | null): string {
  return n === null ? filters : `${filters} · n = ${germanNumber(n, '1.0-0')}`;
}

/** The source line under every chart. */
export function sourceLine(waveTitle: string | null): string {
  return waveTitle
    ? $localize`:Source line under a chart@@analytics.source:Quelle: Digitalcheck Kommune, Befragung „${waveTitle}:title:“; Selbsteinschätzung der Kommunen`
    : $localize`:Source line under a chart, no wave@@analytics.source.noWave:Quelle: Digitalcheck Kommune; Selbsteinschätzung der Kommunen`;
}
