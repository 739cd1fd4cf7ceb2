import type { ClassBreaks } from './class-breaks';

export interface LegendItem {
  fill: string;
  label: string;
}

/**
 * Legend entries: one per class ("1.000 bis unter 2.000", the last "5.000 bis 9.876" (inclusive)), then "keine Angabe".
 * `format` turns a bound into de-DE text.
 */
export function legendItems(
  breaks: ClassBreaks | null,
  colours: readonly string[],
  missingFill: string,
  format: (value: number) => string,
): LegendItem[] {
  const items: LegendItem[] = [];
  if (breaks) {
    const bounds = [breaks.min, ...breaks.thresholds, breaks.max];
    for (let i = 0; i < bounds.length - 1; i++) {
      const from = format(bounds[i]);
      const to = format(bounds[i + 1]);
      const last = i === bounds.length - 2;
      items.push({
        fill: colours[i],
        label: last
          ? $localize`:Map legend, last class (inclusive)@@map.legend.last:${from}:from: bis ${to}:to:`
          : $localize`:Map legend, class with exclusive upper bound@@map.legend.range:${from}:from: bis unter ${to}:to:`,
      });
    }
  }
  items.push({ fill: missingFill, label: $localize`:Map, region without a value@@map.noValue:keine Angabe` });
  return items;
}

/** The attribution split around "GeoBasis-DE / BKG", which links to the BKG (dl-de/by-2-0 requires the source). */
export function splitAttribution(text: string): { before: string; link: string | null; after: string } {
  const source = 'GeoBasis-DE / BKG';
  const at = text.indexOf(source);
  if (at === -1) return { before: text, link: null, after: '' };
  return { before: text.slice(0, at), link: source, after: text.slice(at + source.length) };
}
