import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorBody, describeError, type ErrorDescription } from '@digitalcheck/dashboard-accounts-data-access';
import type { MeasureEffort } from '@digitalcheck/shared-contracts';

const EURO = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** "gering", "mittel", "hoch" as the page says it. */
export function effortLabel(effort: MeasureEffort): string {
  switch (effort) {
    case 'gering':
      return $localize`:Effort of a measure@@strategy.effort.low:geringer Aufwand`;
    case 'mittel':
      return $localize`:Effort of a measure@@strategy.effort.medium:mittlerer Aufwand`;
    case 'hoch':
      return $localize`:Effort of a measure@@strategy.effort.high:hoher Aufwand`;
  }
}

/** An amount in euro, "12.500 €". */
export function euro(amount: number): string {
  return EURO.format(amount);
}

/** "5.000 € bis 20.000 €"; one amount when both ends are equal. */
export function costRangeText(costMin: number, costMax: number): string {
  if (costMin === costMax) return euro(costMin);
  return $localize`:Cost range of a measure@@strategy.costRange:${euro(costMin)}:min: bis ${euro(costMax)}:max:`;
}

/** "14:05" in the browser's time zone. */
export function clockTime(iso: string): string {
  return new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "25.11.2026, 14:05". */
export function dateTime(iso: string): string {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Like describeError, with the strategy codes in German. */
export function describeStrategyError(error: unknown): ErrorDescription {
  const body = apiErrorBody(error);
  const base = describeError(error);
  if (!body || (error instanceof HttpErrorResponse && error.status >= 500)) return base;
  switch (body.code as string) {
    case 'RESPONSE_NOT_SUBMITTED':
      return {
        ...base,
        message: $localize`:Strategy error@@strategy.error.notSubmitted:Empfehlungen gibt es erst, wenn die Selbsteinschätzung abgesendet ist.`,
      };
    case 'STRATEGY_CONFLICT':
      return {
        ...base,
        message: $localize`:Strategy error@@strategy.error.conflict:Jemand anderes hat den Strategieentwurf inzwischen gespeichert.`,
      };
    case 'MEASURE_CONFLICT':
      return {
        ...base,
        message: $localize`:Strategy error@@strategy.error.measureConflict:Jemand anderes hat diese Maßnahme inzwischen geändert.`,
      };
    default:
      return base;
  }
}

/** A failed download: its German message by status. */
export function exportFailureMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 401)
      return $localize`:Strategy export error@@strategy.export.401:Bitte melden Sie sich erneut an.`;
    if (error.status === 403 || error.status === 404)
      return $localize`:Strategy export error@@strategy.export.404:Diesen Strategieentwurf gibt es nicht oder er ist Ihnen nicht freigegeben.`;
    if (error.status === 409)
      return $localize`:Strategy export error@@strategy.export.409:Der Entwurf kann erst exportiert werden, wenn die Selbsteinschätzung abgesendet ist.`;
  }
  return $localize`:Strategy export error@@strategy.export.other:Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es später erneut.`;
}
