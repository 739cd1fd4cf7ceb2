import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LoadState, RegionsApi, loadState } from '@digitalcheck/dashboard-regions-data-access';
import type { Page, RegionSummary } from '@digitalcheck/shared-contracts';
import { map, of, switchMap } from 'rxjs';
import { KreiseMap } from '../kreise-map/kreise-map';
import { countByKind } from '../region-labels';
import { RegionSearch } from '../region-search/region-search';
import { RegionTable } from '../region-table/region-table';

const LOADING: LoadState<never> = { status: 'loading' };

/**
 * "Regionen": search, the 16 Länder, one Land's Kreise (`?land=07`, kept in the URL) and the map of the Kreise
 * coloured by population.
 */
@Component({
  selector: 'dc-regions-page',
  imports: [RouterLink, RegionSearch, RegionTable, KreiseMap],
  templateUrl: './regions-page.html',
  styleUrl: './regions-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionsPage {
  private readonly api = inject(RegionsApi);
  private readonly router = inject(Router);

  /** The Land filter from `?land=`; anything but a 2-digit key is ignored. */
  protected readonly land = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((params) => {
        const land = params.get('land');
        return land && /^\d{2}$/.test(land) ? land : null;
      }),
    ),
    { initialValue: null },
  );

  protected readonly laender = toSignal(loadState(this.api.list({ level: 'LAND', limit: 50 })), {
    initialValue: LOADING,
  });

  protected readonly kreise = toSignal(
    toObservable(this.land).pipe(
      switchMap((land) => (land ? loadState(this.api.list({ level: 'KREIS', land, limit: 500 })) : of(null))),
    ),
    { initialValue: null },
  );

  protected readonly laenderCaption = $localize`:Table caption@@regions.laender.caption:Länder mit Einwohnerzahl`;
  protected readonly laenderItems = computed(() => itemsOf(this.laender()));
  protected readonly kreiseItems = computed(() => itemsOf(this.kreise()));
  protected readonly kreiseTotal = computed(() => {
    const kreise = this.kreise();
    return kreise?.status === 'loaded' ? kreise.value.total : 0;
  });

  protected readonly landName = computed(() => {
    const land = this.land();
    if (!land) return null;
    return this.laenderItems()?.find((l) => l.ars === land)?.name ?? land;
  });

  /** "36 Kreise · 24 Landkreis · 12 Kreisfreie Stadt". */
  protected readonly kreiseSummary = computed(() => {
    const total = this.kreiseTotal();
    const kinds = countByKind(this.kreiseItems() ?? []).map(([kind, count]) => `${count} ${kind}`);
    return [$localize`:Number of Kreise@@regions.kreise.count:${total}:count: Kreise`, ...kinds].join(' · ');
  });

  protected chooseLand(event: Event): void {
    const land = (event.target as HTMLSelectElement).value;
    void this.router.navigate(['/regionen'], { queryParams: { land: land || null } });
  }
}

function itemsOf(state: LoadState<Page<RegionSummary>> | null): RegionSummary[] | null {
  return state?.status === 'loaded' ? state.value.items : null;
}
