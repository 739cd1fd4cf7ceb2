import { formatNumber, formatPercent } from '@angular/common';
import type { AnalyticsBenchmark, AnalyticsShare } from '@digitalcheck/shared-contracts';
import { MATURITY_LEVELS } from '@digitalcheck/shared-scoring';

const LOCALE = 'de-DE';

/** "62,4"; "–" for null. */
export function points(value: number | null, digitsInfo = '1.0-1'): string {
  return value === null ? '–' : formatNumber(value, LOCALE, digitsInfo);
}

/** "57 %"; "–" for null. */
export function percent(share: number | null): string {
  return share === null ? '–' : formatPercent(share, LOCALE, '1.0-0');
}

/** "4 – Fortgeschritten"; "–" without a level. */
export function levelText(level: number | null): string {
  const info = MATURITY_LEVELS.find((entry) => entry.level === level);
  return info ? `${info.level} – ${info.name}` : '–';
}

/** "83 von 146", or "nicht ausgewiesen" for a withheld figure. */
export function shareCount(share: AnalyticsShare): string {
  return share.suppressed || share.n === null
    ? $localize`:Withheld figure@@reports.suppressed:nicht ausgewiesen`
    : `${share.n} von ${share.base}`;
}

/** "48,5 (Q1 40 – Q3 61,2; n = 12)", "nicht ausgewiesen (n = 2)", "–" for nobody. */
export function benchmarkText(benchmark: AnalyticsBenchmark): string {
  if (benchmark.suppressed)
    return `${$localize`:Withheld figure@@reports.suppressed:nicht ausgewiesen`} (n = ${benchmark.n})`;
  if (benchmark.median === null) return '–';
  const range =
    benchmark.q1 === null || benchmark.q3 === null ? '' : `Q1 ${points(benchmark.q1)} – Q3 ${points(benchmark.q3)}; `;
  return `${points(benchmark.median)} (${range}n = ${benchmark.n})`;
}

/** "25.11.2026" in Berlin time. */
export function reportDay(now: Date): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(now);
}
