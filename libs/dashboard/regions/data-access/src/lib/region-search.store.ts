import { Injectable, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Page, RegionSummary } from '@digitalcheck/shared-contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { RegionsApi } from './regions-api';

/** Fewer characters than this search nothing (one letter would match half of Germany). */
export const MIN_SEARCH_LENGTH = 2;
export const SEARCH_LIMIT = 10;

interface SearchState {
  loading: boolean;
  page: Page<RegionSummary> | null;
}

/**
 * Type-ahead search for the region picker: set `query` (already debounced by the picker), read `results`,
 * `total` and `loading`. A newer query cancels the running request. Provide it per page component.
 */
@Injectable()
export class RegionSearchStore {
  private readonly api = inject(RegionsApi);
  private readonly query = signal('');

  private readonly state = toSignal(
    toObservable(this.query).pipe(
      switchMap((q) =>
        q.length < MIN_SEARCH_LENGTH
          ? of<SearchState>({ loading: false, page: null })
          : this.api.list({ q, limit: SEARCH_LIMIT }).pipe(
              map((page): SearchState => ({ loading: false, page })),
              catchError(() => of<SearchState>({ loading: false, page: null })),
              startWith<SearchState>({ loading: true, page: null }),
            ),
      ),
    ),
    { initialValue: { loading: false, page: null } },
  );

  readonly loading = computed(() => this.state().loading);
  readonly results = computed<RegionSummary[]>(() => this.state().page?.items ?? []);
  readonly total = computed(() => this.state().page?.total ?? null);

  search(query: string): void {
    this.query.set(query.trim());
  }
}
