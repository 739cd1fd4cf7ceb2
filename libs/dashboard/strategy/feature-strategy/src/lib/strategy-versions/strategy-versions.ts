import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { StrategyApi, dateTime, describeStrategyError } from '@digitalcheck/dashboard-strategy-data-access';
import type { StrategyVersionSummary } from '@digitalcheck/shared-contracts';
import { catchError, map, of, switchMap } from 'rxjs';

type VersionsState =
  | { kind: 'loading' }
  | { kind: 'loaded'; versions: StrategyVersionSummary[] }
  | { kind: 'failed'; message: string };

/** Who saved the draft when, newest first; loaded again after every save (`saves` changes). */
@Component({
  selector: 'dc-strategy-versions',
  template: `
    <section aria-labelledby="dc-versions-title" data-testid="versions">
      <h2 class="kern-heading-medium" id="dc-versions-title" i18n="@@strategy.versions.title">
        Gespeicherte Fassungen
      </h2>
      @switch (state().kind) {
        @case ('loading') {
          <p class="kern-body" i18n="@@strategy.versions.loading">Fassungen werden geladen …</p>
        }
        @case ('failed') {
          <p class="kern-body">{{ failure() }}</p>
        }
        @default {
          @if (rows().length === 0) {
            <p class="kern-body" i18n="@@strategy.versions.none">Noch keine Fassung gespeichert.</p>
          } @else {
            <ol class="kern-body dc-versions" data-testid="versions-list">
              @for (row of rows(); track row.version) {
                <li>{{ row.text }}</li>
              }
            </ol>
          }
        }
      }
    </section>
  `,
  styles: `
    .dc-versions {
      margin: 0;
      padding-left: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyVersions {
  readonly responseId = input.required<string>();
  /** Any change reloads the list. */
  readonly saves = input.required<number>();

  private readonly api = inject(StrategyApi);

  protected readonly state = toSignal(
    toObservable(computed(() => ({ id: this.responseId(), saves: this.saves() }))).pipe(
      switchMap(({ id }) =>
        this.api.versions(id).pipe(
          map((versions): VersionsState => ({ kind: 'loaded', versions })),
          catchError((error: unknown) =>
            of<VersionsState>({ kind: 'failed', message: describeStrategyError(error).message }),
          ),
        ),
      ),
    ),
    { initialValue: { kind: 'loading' } as VersionsState },
  );

  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });

  protected readonly rows = computed(() => {
    const state = this.state();
    if (state.kind !== 'loaded') return [];
    return state.versions.map((version) => ({
      version: version.version,
      text: versionText(version),
    }));
  });
}

/** "Fassung 2 – 25.11.2026, 14:05 – Anna Beispiel". */
export function versionText(version: StrategyVersionSummary): string {
  const who = version.savedBy ?? $localize`:Unknown person@@strategy.versions.unknown:unbekannt`;
  return $localize`:One saved version@@strategy.versions.item:Fassung ${version.version}:version: – ${dateTime(version.savedAt)}:when: – ${who}:who:`;
}
