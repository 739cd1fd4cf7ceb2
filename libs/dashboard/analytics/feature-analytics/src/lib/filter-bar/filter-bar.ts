import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { levelLabel, sizeClassOptions } from '@digitalcheck/dashboard-analytics-data-access';
import { RegionsApi } from '@digitalcheck/dashboard-regions-data-access';
import type { RegionLevel } from '@digitalcheck/shared-contracts';
import { catchError, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { AnalyticsPageState } from '../page-state/analytics-page-state';

/** The levels an analysis can be about. */
const LEVELS: RegionLevel[] = ['KREIS', 'GEMEINDEVERBAND', 'GEMEINDE'];
/** Enough regions to learn which kinds a level has in a Land. */
const KIND_SAMPLE = 500;

/**
 * The filters every analytics page shares (Befragung, Land, Ebene, Art, Größenklasse) and the line of current
 * filters. A choice applies at once and goes into the URL; the figures update in place (no change of page).
 */
@Component({
  selector: 'dc-analytics-filter-bar',
  templateUrl: './filter-bar.html',
  styleUrl: './filter-bar.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterBar {
  protected readonly state = inject(AnalyticsPageState);
  private readonly regions = inject(RegionsApi);

  protected readonly levels = LEVELS.map((level) => ({ level, label: levelLabel(level) }));
  protected readonly sizeClasses = computed(() => sizeClassOptions(this.state.view().level));

  /** The kinds of regions at the chosen level (in the chosen Land), from the region register. */
  protected readonly kinds = toSignal(
    toObservable(computed(() => `${this.state.view().level ?? 'KREIS'}|${this.state.view().landArs ?? ''}`)).pipe(
      distinctUntilChanged(),
      switchMap((key) => {
        const [level, land] = key.split('|');
        return this.regions.list({ level: level as RegionLevel, land: land || undefined, limit: KIND_SAMPLE }).pipe(
          map((page) => [...new Set(page.items.map((region) => region.kind))].sort((a, b) => a.localeCompare(b, 'de'))),
          catchError(() => of<string[]>([])),
        );
      }),
    ),
    { initialValue: [] as string[] },
  );

  protected readonly waveOptions = computed(() => {
    const waves = this.state.waves();
    return waves.status === 'loaded' ? waves.value : [];
  });

  protected chooseWave(event: Event): void {
    this.state.update({ waveId: value(event) });
  }

  protected chooseLand(event: Event): void {
    this.state.update({ landArs: value(event), kind: null });
  }

  protected chooseLevel(event: Event): void {
    this.state.update({ level: value(event) as RegionLevel, kind: null, sizeClass: null });
  }

  protected chooseKind(event: Event): void {
    this.state.update({ kind: value(event) });
  }

  protected chooseSizeClass(event: Event): void {
    this.state.update({ sizeClass: value(event) });
  }

  protected reset(): void {
    this.state.update({ kind: null, sizeClass: null });
  }
}

function value(event: Event): string | null {
  const target = event.target as HTMLSelectElement;
  return target.value === '' ? null : target.value;
}
