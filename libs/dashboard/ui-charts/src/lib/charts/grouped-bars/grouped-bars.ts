import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import { ChartBase, ChartFrame } from '../chart-frame/chart-frame';
import { formatValue } from '../chart-format';
import { observeWidth } from '../chart-width';
import { type ChartExportTable, seriesTable } from '../../export/export-table';
import { ComparisonGroup, ComparisonSeries, comparisonLegend, comparisonTable, missingPairs } from '../comparison';

/**
 * Comparison of 2–6 regions over fields: vertical bars grouped by field, one colour per region (legend), and the
 * value printed on top of every bar, so regions can be told apart without colour. More than six regions reuse
 * the colours; use the bar chart or the heatmap for those.
 */
@Component({
  selector: 'dc-grouped-bars',
  imports: [ChartFrame, BarChartModule],
  templateUrl: './grouped-bars.html',
  styleUrls: ['../chart-common.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupedBars extends ChartBase {
  /** Fields (groups of bars). */
  readonly groups = input.required<readonly ComparisonGroup[]>();
  /** Regions (one bar per field each). */
  readonly series = input.required<readonly ComparisonSeries[]>();
  readonly valueLabel = input($localize`:Comparison charts, default value name@@comparison.valueLabel:Punkte`);
  /** Header of the field column in the table. */
  readonly groupHeader = input(
    $localize`:Comparison charts, default field column@@comparison.groupHeader:Handlungsfeld`,
  );
  readonly max = input(100);
  readonly digitsInfo = input('1.0-0');
  readonly height = input(320);
  /** Region names in the table become buttons that emit `seriesSelect`. */
  readonly selectable = input(true);

  /** Key of the region whose bar was clicked or whose name was chosen in the table. */
  readonly seriesSelect = output<string>();

  protected readonly width = observeWidth();
  protected readonly legend = computed(() => comparisonLegend(this.series()));
  protected readonly results = computed(() => {
    const legend = this.legend();
    return this.groups().map((group, g) => ({
      name: group.label,
      series: this.series().flatMap((entry, s) => {
        const value = entry.values[g] ?? null;
        return value === null ? [] : [{ name: legend[s].name, value }];
      }),
    }));
  });
  protected readonly customColors = computed(() =>
    this.legend().map((entry) => ({ name: entry.name, value: entry.colour })),
  );
  protected readonly view = computed<[number, number]>(() => [this.width(), this.height()]);
  protected readonly table = computed(() => comparisonTable(this.groups(), this.series(), this.digitsInfo()));
  protected readonly exportTable = computed<ChartExportTable>(() =>
    seriesTable(this.groupHeader(), this.groups(), this.series()),
  );
  protected readonly missing = computed(() => missingPairs(this.groups(), this.series()));
  protected readonly formatTick = (value: number) => formatValue(value, '1.0-0');
  protected readonly formatLabel = (value: number) => formatValue(value, this.digitsInfo());

  protected onSelect(event: { name?: string }): void {
    const entry = this.legend().find((candidate) => candidate.name === event?.name);
    if (entry) this.seriesSelect.emit(entry.key);
  }
}
