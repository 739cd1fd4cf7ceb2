import { HttpErrorResponse } from '@angular/common/http';
import { type ErrorDescription, apiErrorBody, describeError } from '@digitalcheck/dashboard-accounts-data-access';

/** German text for a failed analytics request: a missing wave or region says so; the rest as describeError. */
export function describeAnalyticsError(error: unknown): ErrorDescription {
  const base = describeError(error);
  const body = apiErrorBody(error);
  if (error instanceof HttpErrorResponse && error.status === 404 && body) {
    return {
      ...base,
      message: $localize`:Analytics error@@analytics.error.notFound:Diese Befragung oder Region gibt es nicht, oder sie gehört nicht zu Ihrem Land.`,
    };
  }
  if (error instanceof HttpErrorResponse && error.status === 400 && body) {
    return {
      ...base,
      message: $localize`:Analytics error@@analytics.error.badFilter:Die gewählten Filter passen nicht zusammen. Bitte setzen Sie die Filter zurück.`,
    };
  }
  return base;
}
