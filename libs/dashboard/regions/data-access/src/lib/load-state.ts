import { Observable, catchError, map, of, startWith } from 'rxjs';

/** A request's state for templates: loading, its value, or failed (with the HTTP status, 0 without answer). */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'error'; httpStatus: number };

/** Wraps a request so a template can show loading, result and error without subscribing itself. */
export function loadState<T>(request: Observable<T>): Observable<LoadState<T>> {
  return request.pipe(
    map((value): LoadState<T> => ({ status: 'loaded', value })),
    startWith<LoadState<T>>({ status: 'loading' }),
    catchError((error: unknown) => {
      const httpStatus = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 0;
      return of<LoadState<T>>({ status: 'error', httpStatus });
    }),
  );
}
