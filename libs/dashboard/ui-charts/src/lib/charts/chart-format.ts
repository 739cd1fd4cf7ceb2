import { formatNumber, formatPercent } from '@angular/common';

/** Charts always print German numbers (the app registers locale data for `de`). */
export const CHART_LOCALE = 'de-DE';

/** "keine Angabe" for null, otherwise the de-DE number. */
export function formatValue(value: number | null | undefined, digitsInfo = '1.0-1'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return noValueText();
  return formatNumber(value, CHART_LOCALE, digitsInfo);
}

/** Share 0..1 as de-DE percent ("57 %"); "keine Angabe" for null. */
export function formatShare(share: number | null | undefined, digitsInfo = '1.0-0'): string {
  if (share === null || share === undefined || Number.isNaN(share)) return noValueText();
  return formatPercent(share, CHART_LOCALE, digitsInfo);
}

export function noValueText(): string {
  return $localize`:Chart, mark without a value@@chart.noValue:keine Angabe`;
}

/**
 * Unique display names for ngx-charts (it keys marks by name): a repeated label gets invisible zero-width spaces
 * appended, so two "Neustadt" stay two bars and still read the same.
 */
export function uniqueNames(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = seen.get(label) ?? 0;
    seen.set(label, count + 1);
    return label + '\u200b'.repeat(count);
  });
}
