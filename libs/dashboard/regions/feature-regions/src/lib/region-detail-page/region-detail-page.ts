import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { LoadState, RegionsApi, loadState } from '@digitalcheck/dashboard-regions-data-access';
import { REGION_LEVELS, type Page, type RegionDetail, type RegionSummary } from '@digitalcheck/shared-contracts';
import { map, switchMap } from 'rxjs';
import { levelPlural, levelSingular } from '../region-labels';
import { RegionSearch } from '../region-search/region-search';
import { RegionTable } from '../region-table/region-table';

const LOADING: LoadState<never> = { status: 'loading' };

/** One region: parents as breadcrumb, kind, population with its date, NUTS-3, peer group, children. */
@Component({
  selector: 'dc-region-detail-page',
  imports: [RouterLink, DecimalPipe, DatePipe, RegionSearch, RegionTable],
  templateUrl: './region-detail-page.html',
  styleUrl: './region-detail-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionDetailPage {
  private readonly api = inject(RegionsApi);
  private readonly ars = inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('ars') ?? ''));

  protected readonly region = toSignal(this.ars.pipe(switchMap((ars) => loadState(this.api.get(ars)))), {
    initialValue: LOADING,
  });
  protected readonly children = toSignal(
    this.ars.pipe(switchMap((parent) => loadState(this.api.list({ parent, limit: 500 })))),
    { initialValue: LOADING },
  );

  protected readonly detail = computed(() => {
    const region = this.region();
    return region.status === 'loaded' ? region.value : null;
  });
  protected readonly notFound = computed(() => {
    const region = this.region();
    return region.status === 'error' && region.httpStatus === 404;
  });
  protected readonly failed = computed(() => this.region().status === 'error' && !this.notFound());
  protected readonly childItems = computed(() => {
    const children = this.children();
    return children.status === 'loaded' && children.value.items.length > 0 ? children.value.items : null;
  });

  /** "8 Gemeindeverbände", in hierarchy order. */
  protected readonly childCounts = computed(() => {
    const counts = this.detail()?.childCounts ?? {};
    return REGION_LEVELS.filter((level) => (counts[level] ?? 0) > 0).map(
      (level) => `${counts[level]} ${levelPlural(level)}`,
    );
  });
  protected readonly levelLabel = computed(() => {
    const detail = this.detail();
    return detail ? levelSingular(detail.level) : '';
  });
  constructor() {
    // WCAG 2.4.2: the tab names the region ("Ahrweiler – Digitalcheck Kommune"), not just "Region".
    const title = inject(Title);
    effect(() => {
      const detail = this.detail();
      if (!detail) return;
      const parts = title.getTitle().split(' – ');
      parts[0] = detail.name;
      title.setTitle(parts.join(' – '));
    });
  }

  protected readonly childrenCaption = computed(() => {
    const detail = this.detail();
    const below = detail ? REGION_LEVELS[REGION_LEVELS.indexOf(detail.level) + 1] : undefined;
    const what = below
      ? levelPlural(below)
      : $localize`:Table caption fallback@@region.children:Untergeordnete Gebiete`;
    return detail
      ? $localize`:Table caption, e.g. "Gemeindeverbände in Ahrweiler"@@region.children.caption:${what}:what: in ${detail.name}:name:`
      : what;
  });
}
