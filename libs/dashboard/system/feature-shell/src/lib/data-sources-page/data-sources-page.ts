import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { SystemStatusStore } from '@digitalcheck/dashboard-system-data-access';

/** The attribution every map must carry (BKG, dl-de/by-2-0). Exported so map exports reuse it. */
export const MAP_ATTRIBUTION = '© GeoBasis-DE / BKG 2021 (Daten verändert)';

/** Licences of the software and the sources and licences of the data the product ships with. */
@Component({
  selector: 'dc-data-sources-page',
  templateUrl: './data-sources-page.html',
  styleUrl: './data-sources-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataSourcesPage implements OnInit {
  protected readonly store = inject(SystemStatusStore);
  protected readonly mapAttribution = MAP_ATTRIBUTION;

  ngOnInit(): void {
    this.store.load();
  }
}
