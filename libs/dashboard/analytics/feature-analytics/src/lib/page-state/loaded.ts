import { describeAnalyticsError } from '@digitalcheck/dashboard-analytics-data-access';
import { type Observable, catchError, map, of, startWith } from 'rxjs';

/** A request's state for a template: loading, its value, or a German error message. */
export type Loaded<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; message: string };

export const LOADING = { kind: 'loading' } as const;

export function loaded<T>(request: Observable<T>): Observable<Loaded<T>> {
  return request.pipe(
    map((value): Loaded<T> => ({ kind: 'loaded', value })),
    startWith<Loaded<T>>(LOADING),
    catchError((error: unknown) => of<Loaded<T>>({ kind: 'failed', message: describeAnalyticsError(error).message })),
  );
}
