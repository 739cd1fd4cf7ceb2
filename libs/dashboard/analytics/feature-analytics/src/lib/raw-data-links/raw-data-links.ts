import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { rawExportUrl } from '@digitalcheck/dashboard-analytics-data-access';

/**
 * Links to the raw data of a wave in a Land: every response, one row per region and one column per question,
 * with the codebook. Plain downloads from the API (which checks the caller's Land and records the export).
 */
@Component({
  selector: 'dc-raw-data-links',
  templateUrl: './raw-data-links.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RawDataLinks {
  readonly waveId = input.required<string>();
  /** The Land; null = all Länder (admins). */
  readonly landArs = input<string | null>(null);
  readonly landName = input<string | null>(null);

  protected readonly allLaender = $localize`:Raw data, no Land chosen@@analytics.raw.allLaender:allen Ländern`;

  protected readonly links = computed(() => {
    const wave = this.waveId();
    const land = this.landArs();
    return {
      xlsx: rawExportUrl(wave, land, { format: 'xlsx' }),
      csv: rawExportUrl(wave, land, { format: 'csv', dialect: 'de' }),
      csvInternational: rawExportUrl(wave, land, { format: 'csv', dialect: 'international' }),
      codebook: rawExportUrl(wave, land, { format: 'csv', part: 'codebook' }),
    };
  });
}
