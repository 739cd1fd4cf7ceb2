import { Injectable, computed, inject, signal } from '@angular/core';
import { Subscription, catchError, forkJoin, of } from 'rxjs';
import { SystemApi } from './system-api';
import { SystemStatus, classifySystemStatus } from './system-status';

/**
 * Signal store for the API's status. One instance for the whole app: the footer and the
 * status card on the start page share a single pair of requests.
 */
@Injectable({ providedIn: 'root' })
export class SystemStatusStore {
  private readonly api = inject(SystemApi);
  private readonly state = signal<SystemStatus>({ kind: 'idle' });
  private request: Subscription | null = null;

  readonly status = this.state.asReadonly();
  readonly loading = computed(() => this.state().kind === 'loading');
  readonly info = computed(() => {
    const status = this.state();
    return status.kind === 'operational' || status.kind === 'degraded' ? status.info : null;
  });

  /** Loads once; later calls are no-ops until {@link refresh}. */
  load(): void {
    if (this.state().kind === 'idle') this.refresh();
  }

  refresh(): void {
    this.request?.unsubscribe();
    this.state.set({ kind: 'loading' });
    this.request = forkJoin({
      health: this.api.health().pipe(catchError(() => of(null))),
      info: this.api.info().pipe(catchError(() => of(null))),
    }).subscribe(({ health, info }) => {
      this.state.set(classifySystemStatus(health, info, new Date()));
      this.request = null;
    });
  }
}
