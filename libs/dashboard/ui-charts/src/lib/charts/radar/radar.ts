import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { PolarChartModule } from '@swimlane/ngx-charts';
import { ChartBase, ChartFrame } from '../chart-frame/chart-frame';
import { formatValue } from '../chart-format';
import { observeWidth } from '../chart-width';
import { type ChartExportTable, seriesTable } from '../../export/export-table';
import { ComparisonGroup, ComparisonSeries, comparisonLegend, comparisonTable, missingPairs } from '../comparison';

interface PathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/**
 * Straight closed lines between the points (d3's `curveLinearClosed`, written out because d3-shape is only an
 * indirect dependency): ngx-charts' default cardinal curve overshoots and suggests values that are not there.
 */
export function linearClosedCurve(context: PathContext) {
  let started = false;
  return {
    areaStart: () => undefined,
    areaEnd: () => undefined,
    lineStart: () => {
      started = false;
    },
    lineEnd: () => {
      if (started) context.closePath();
    },
    point: (x: number, y: number) => {
      if (started) context.lineTo(+x, +y);
      else {
        started = true;
        context.moveTo(+x, +y);
      }
    },
  };
}

/** Name of the invisible series that fixes the spokes (a zero-width space: never a region's name). */
export const RADAR_AXIS_SERIES = '\u200b';

/**
 * Radar (ngx-charts polar chart) of 2–6 regions over the fields, radial axis fixed at 0–100. Each region has its
 * own colour and line pattern (solid, dashed, dotted, …), shown in the legend, so lines are told apart without
 * colour; values are in the tooltip and the table. Points without a value are left out and named under the
 * chart.
 */
@Component({
  selector: 'dc-radar',
  imports: [ChartFrame, PolarChartModule],
  templateUrl: './radar.html',
  styleUrls: ['../chart-common.css', './radar.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Radar extends ChartBase {
  readonly groups = input.required<readonly ComparisonGroup[]>();
  readonly series = input.required<readonly ComparisonSeries[]>();
  readonly valueLabel = input($localize`:Comparison charts, default value name@@comparison.valueLabel:Punkte`);
  readonly groupHeader = input(
    $localize`:Comparison charts, default field column@@comparison.groupHeader:Handlungsfeld`,
  );
  readonly max = input(100);
  readonly digitsInfo = input('1.0-0');
  readonly height = input(400);
  readonly selectable = input(true);

  /** Key of the region whose line was clicked or whose name was chosen in the table. */
  readonly seriesSelect = output<string>();

  protected readonly width = observeWidth();
  protected readonly curve = linearClosedCurve;
  protected readonly legend = computed(() => comparisonLegend(this.series()));
  /**
   * ngx-charts takes the spokes from the points in the order it first meets them, so a field without a value in
   * the first region would move to the end and one without any value would vanish. A first, invisible series
   * with every field at 0 fixes the spokes to the order of `groups`.
   */
  protected readonly results = computed(() => {
    const legend = this.legend();
    return [
      { name: RADAR_AXIS_SERIES, series: this.groups().map((group) => ({ name: group.label, value: 0 })) },
      ...this.series().map((entry, s) => ({
        name: legend[s].name,
        series: this.groups().flatMap((group, g) => {
          const value = entry.values[g] ?? null;
          return value === null ? [] : [{ name: group.label, value }];
        }),
      })),
    ];
  });
  protected readonly customColors = computed(() => [
    { name: RADAR_AXIS_SERIES, value: 'transparent' },
    ...this.legend().map((entry) => ({ name: entry.name, value: entry.colour })),
  ]);
  protected readonly view = computed<[number, number]>(() => [this.width(), this.height()]);
  protected readonly table = computed(() => comparisonTable(this.groups(), this.series(), this.digitsInfo()));
  protected readonly exportTable = computed<ChartExportTable>(() =>
    seriesTable(this.groupHeader(), this.groups(), this.series()),
  );
  protected readonly missing = computed(() => missingPairs(this.groups(), this.series()));
  protected readonly formatTick = (value: number) => formatValue(value, '1.0-0');
  protected readonly formatLabel = (value: number) => formatValue(value, this.digitsInfo());

  protected onSelect(event: { name?: string; series?: string }): void {
    const name = event?.series ?? event?.name;
    const entry = this.legend().find((candidate) => candidate.name === name);
    if (entry) this.seriesSelect.emit(entry.key);
  }
}
