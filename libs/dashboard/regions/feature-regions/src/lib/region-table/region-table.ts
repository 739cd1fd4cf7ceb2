import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RegionSummary } from '@digitalcheck/shared-contracts';

/**
 * Table of regions: key, name (a link), kind, population (de-DE) and its reference date. `link` decides where
 * the name leads: `land` filters the Regionen page by that Land (`?land=07`), `detail` opens the region.
 */
@Component({
  selector: 'dc-region-table',
  imports: [RouterLink, DecimalPipe, DatePipe],
  templateUrl: './region-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionTable {
  readonly regions = input.required<readonly RegionSummary[]>();
  readonly caption = input.required<string>();
  readonly link = input<'land' | 'detail'>('detail');
  readonly showKind = input(true);
}
