import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { RegionSearchStore } from '@digitalcheck/dashboard-regions-data-access';
import { RegionPicker } from '@digitalcheck/dashboard-regions-ui-region-picker';
import type { RegionSummary } from '@digitalcheck/shared-contracts';

/** The region picker wired to the API: choosing a region opens its detail page. */
@Component({
  selector: 'dc-region-search',
  imports: [RegionPicker],
  providers: [RegionSearchStore],
  template: `
    <dc-region-picker
      [results]="store.results()"
      [total]="store.total()"
      [loading]="store.loading()"
      (search)="store.search($event)"
      (regionSelect)="open($event)"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionSearch {
  protected readonly store = inject(RegionSearchStore);
  private readonly router = inject(Router);

  protected open(region: RegionSummary): void {
    void this.router.navigate(['/regionen', region.ars]);
  }
}
