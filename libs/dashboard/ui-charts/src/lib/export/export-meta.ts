/** What every export of a chart says about itself: the chart's frame texts and the page's context. */
export interface ChartExportMeta {
  title: string;
  /** Wave, filters and n, as under the chart's title. */
  subtitle: string;
  /** Number of regions counted; null = read from the subtitle ("… · n = 36"). */
  n: number | null;
  source: string;
  /** Boundary data attribution (maps). */
  attribution: string | null;
  waveTitle: string | null;
  filters: Readonly<Record<string, string>>;
  exportedAt: Date;
}

/** n from a subtitle that ends "· n = 1.234" (analytics-text `chartSubtitle`); null when it has none. */
export function subtitleN(subtitle: string): number | null {
  const match = /\bn = ([\d.\s\u202f]+)$/.exec(subtitle.trim());
  if (!match) return null;
  const digits = match[1].replace(/[^\d]/g, '');
  return digits ? Number(digits) : null;
}

/** "25.11.2026, 14:05" in German time. */
export function exportTimeText(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

/** Label/value pairs of the metadata sheet (XLSX) in reading order. */
export function metadataRows(meta: ChartExportMeta, dataRows: number): [string, string | number][] {
  const n = meta.n ?? subtitleN(meta.subtitle);
  const rows: [string, string | number][] = [
    [$localize`:Export metadata, chart title@@export.meta.title:Diagramm`, meta.title],
    [$localize`:Export metadata, subtitle@@export.meta.subtitle:Untertitel`, meta.subtitle],
  ];
  if (meta.waveTitle) rows.push([$localize`:Export metadata, wave@@export.meta.wave:Befragung`, meta.waveTitle]);
  for (const [label, value] of Object.entries(meta.filters)) rows.push([label, value]);
  if (n !== null) rows.push([$localize`:Export metadata, n@@export.meta.n:n (Anzahl Kommunen)`, n]);
  rows.push([$localize`:Export metadata, data rows@@export.meta.rows:Datenzeilen`, dataRows]);
  rows.push([
    $localize`:Export metadata, rounding@@export.meta.rounding:Rundung`,
    $localize`:Export metadata, rounding rule@@export.meta.roundingRule:Zahlen auf zwei Nachkommastellen gerundet`,
  ]);
  if (meta.source) rows.push([$localize`:Export metadata, source@@export.meta.source:Quelle`, meta.source]);
  if (meta.attribution) {
    rows.push([
      $localize`:Export metadata, map attribution@@export.meta.attribution:Kartengrundlage`,
      meta.attribution,
    ]);
  }
  rows.push([
    $localize`:Export metadata, export time@@export.meta.exportedAt:Exportiert am`,
    exportTimeText(meta.exportedAt),
  ]);
  return rows;
}
