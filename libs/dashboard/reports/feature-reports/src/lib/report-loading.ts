import { HttpErrorResponse } from '@angular/common/http';
import { type Observable, catchError, map, of, startWith } from 'rxjs';

/** One request of a report: still loading, its value, or a German message. */
export type ReportPart<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; message: string };

export const PART_LOADING = { kind: 'loading' } as const;

/** A request as a report part; failures become a German message (the report then says what went wrong). */
export function part<T>(request: Observable<T>): Observable<ReportPart<T>> {
  return request.pipe(
    map((value): ReportPart<T> => ({ kind: 'loaded', value })),
    // Loading first, so a report of several requests can fail as soon as one of them fails.
    startWith<ReportPart<T>>(PART_LOADING),
    catchError((error: unknown) => of<ReportPart<T>>({ kind: 'failed', message: failureMessage(error) })),
  );
}

export function failureMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 401) return $localize`:Report error@@reports.error.401:Bitte melden Sie sich an.`;
    if (error.status === 403 || error.status === 404)
      return $localize`:Report error@@reports.error.404:Diese Auswertung gibt es nicht oder sie ist Ihnen nicht freigegeben.`;
  }
  return $localize`:Report error@@reports.error.other:Die Daten des Berichts konnten nicht geladen werden.`;
}
