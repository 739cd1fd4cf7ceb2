import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import {
  type AnalyticsView,
  apiFilter,
  chartSubtitle,
  currentFiltersText,
  exportFileNameParts,
  filterEntries,
  readView,
  sourceLine,
  viewQueryParams,
} from '@digitalcheck/dashboard-analytics-data-access';
import type { ChartExportContext, ChartExportContextSource } from '@digitalcheck/dashboard-ui-charts';
import { LoadState, RegionsApi, loadState } from '@digitalcheck/dashboard-regions-data-access';
import { WavesApi } from '@digitalcheck/dashboard-surveys-data-access';
import type { AnalyticsFilter, RegionSummary, WaveSummary } from '@digitalcheck/shared-contracts';
import { map } from 'rxjs';

/** The Länder, for the Land filter and the filter line. */
const ALL_LAENDER = 16;

/**
 * What every analytics page shares: the view from the URL, the waves and Länder the caller may pick, the names
 * for the "current filters" line, and defaults (newest wave, the analyst's Land, Kreise) written into the URL so
 * the address bar always holds the whole view. Provided per page.
 */
@Injectable()
export class AnalyticsPageState implements ChartExportContextSource {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  /** The URL's query parameters: the shared filters and each page's own (`karte`, `regionen`, `frage`, …). */
  readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly view = computed(() => readView(this.params()));

  readonly waves = toSignal(loadState(inject(WavesApi).list()), {
    initialValue: { status: 'loading' } as LoadState<WaveSummary[]>,
  });
  private readonly laenderState = toSignal(
    loadState(
      inject(RegionsApi)
        .list({ level: 'LAND', limit: ALL_LAENDER })
        .pipe(map((page) => page.items)),
    ),
    { initialValue: { status: 'loading' } as LoadState<RegionSummary[]> },
  );

  readonly isAdmin = this.session.isAdmin;
  /** Land keys of the caller's STATE_ANALYST scopes. */
  readonly ownLaender = computed(() =>
    this.session
      .scopes()
      .filter((scope) => scope.role === 'STATE_ANALYST' && scope.regionArs !== null)
      .map((scope) => scope.regionArs as string),
  );

  /** The Länder the Land filter offers: all for admins, the own ones for analysts. */
  readonly laender = computed<RegionSummary[]>(() => {
    const state = this.laenderState();
    if (state.status !== 'loaded') return [];
    if (this.isAdmin()) return state.value;
    const own = new Set(this.ownLaender());
    return state.value.filter((land) => own.has(land.ars));
  });

  readonly wave = computed<WaveSummary | null>(() => {
    const waves = this.waves();
    const id = this.view().waveId;
    return waves.status === 'loaded' ? (waves.value.find((w) => w.id === id) ?? null) : null;
  });

  readonly landName = computed(() => {
    const ars = this.view().landArs;
    const state = this.laenderState();
    if (!ars) return null;
    return state.status === 'loaded' ? (state.value.find((land) => land.ars === ars)?.name ?? ars) : ars;
  });

  /** The API's selection for the view. */
  readonly filter = computed<Partial<AnalyticsFilter>>(() => apiFilter(this.view()));

  readonly filtersText = computed(() =>
    currentFiltersText(this.view(), { waveTitle: this.wave()?.title ?? null, landName: this.landName() }),
  );

  readonly source = computed(() => sourceLine(this.wave()?.title ?? null));

  /** The region a page is about (profile), for export file names; null on pages about a selection. */
  readonly exportRegion = signal<{ ars: string; name: string } | null>(null);

  /** What the charts' exports say about this page: file name start, wave and filters (metadata, audit log). */
  exportContext(): ChartExportContext {
    const view = this.view();
    const wave = this.wave();
    const region = this.exportRegion();
    const landView = region ? { ...view, landArs: region.ars.slice(0, 2) } : view;
    return {
      fileNameParts: exportFileNameParts(landView, wave, region?.name),
      waveId: view.waveId,
      waveTitle: wave?.title ?? null,
      filters: filterEntries(view, { waveTitle: wave?.title ?? null, landName: this.landName() }),
    };
  }

  /** A chart's subtitle: the current filters and n. */
  subtitle(n: number | null): string {
    return chartSubtitle(this.filtersText(), n);
  }

  constructor() {
    // Complete the URL once the waves are known: newest wave that started, the analyst's only Land, Kreise.
    effect(() => {
      const waves = this.waves();
      const view = this.view();
      const own = this.ownLaender();
      const admin = this.isAdmin();
      if (waves.status === 'loaded') untracked(() => this.completeUrl(waves.value, view, own, admin));
    });
  }

  /** Changes filters; the URL is the state. A new wave, Land or level clears what may not fit any more. */
  update(change: Partial<AnalyticsView>, extra: Record<string, string | null> = {}): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...viewQueryParams(change), ...extra },
      queryParamsHandling: 'merge',
    });
  }

  /** Sets a page's own URL parameters (`null` removes one), keeping the filters. */
  setParams(params: Record<string, string | null>): void {
    this.update({}, params);
  }

  /** Opens a region's profile with the current filters. */
  openRegion(ars: string): void {
    void this.router.navigate(['/auswertung/regionen', ars], { queryParams: this.linkParams() });
  }

  /** Query parameters of the current view, for links to the other analytics pages. */
  readonly linkParams = computed(() => {
    const params = viewQueryParams(this.view());
    return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
  });

  private completeUrl(waves: WaveSummary[], view: AnalyticsView, own: string[], admin: boolean): void {
    const defaults: Partial<AnalyticsView> = {};
    if (!view.waveId || !waves.some((wave) => wave.id === view.waveId)) {
      const started = waves.filter((wave) => wave.status !== 'scheduled');
      const newest = [...(started.length > 0 ? started : waves)].sort((a, b) =>
        b.startsAt.localeCompare(a.startsAt),
      )[0];
      if (newest && newest.id !== view.waveId) defaults.waveId = newest.id;
    }
    if (!admin && own.length === 1 && view.landArs !== own[0]) defaults.landArs = own[0];
    if (!view.level) defaults.level = 'KREIS';
    if (Object.keys(defaults).length === 0) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: viewQueryParams(defaults),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
