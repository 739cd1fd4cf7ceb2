import { formatDate } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { LoadState, RegionsApi, loadState } from '@digitalcheck/dashboard-regions-data-access';
import { RegionMap } from '@digitalcheck/dashboard-ui-charts';
import { forkJoin, map, switchMap } from 'rxjs';

/** Enough for all 400 Kreise in one page. */
const ALL_KREISE = 500;

/** Map of the Kreise (all, or one Land's) coloured by population; a click opens the Kreis. */
@Component({
  selector: 'dc-kreise-map',
  imports: [RegionMap],
  templateUrl: './kreise-map.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KreiseMap {
  private readonly api = inject(RegionsApi);
  private readonly router = inject(Router);
  private readonly locale = inject(LOCALE_ID);

  /** 2-digit Land key, or null for Germany. */
  readonly land = input<string | null>(null);
  readonly landName = input<string | null>(null);

  protected readonly state = toSignal(
    toObservable(this.land).pipe(
      switchMap((land) =>
        loadState(
          forkJoin({
            topology: this.api.boundaries('KREIS', land ?? undefined),
            kreise: this.api.list({ level: 'KREIS', land: land ?? undefined, limit: ALL_KREISE }),
          }).pipe(
            map(({ topology, kreise }) => ({
              topology,
              values: Object.fromEntries(kreise.items.map((k) => [k.ars, k.population])),
              date: kreise.items.find((k) => k.populationDate)?.populationDate ?? null,
            })),
          ),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<never> },
  );

  protected readonly heading = computed(() => {
    const name = this.landName();
    return name
      ? $localize`:Map title@@regions.map.titleLand:Einwohnerzahl der Kreise in ${name}:land:`
      : $localize`:Map title@@regions.map.title:Einwohnerzahl der Kreise in Deutschland`;
  });
  protected readonly valueLabel = $localize`:Map value name@@regions.map.value:Einwohnerzahl`;

  protected caption(date: string | null): string {
    const classes = $localize`:Map caption@@regions.map.classes:Fünf Klassen mit etwa gleich vielen Kreisen (Quantile).`;
    if (!date) return classes;
    const asOf = formatDate(date, 'dd.MM.yyyy', this.locale);
    return `${$localize`:Map caption, reference date@@regions.map.asOf:Stand: ${asOf}:date:.`} ${classes}`;
  }

  protected open(ars: string): void {
    void this.router.navigate(['/regionen', ars]);
  }
}
