import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import { ChartBase, ChartFrame } from '../chart-frame/chart-frame';
import { MATURITY_COLOURS, MaturityColour, SERIES_COLOURS, maturityColourOfLevel } from '../chart-colours';
import { formatValue, uniqueNames } from '../chart-format';
import { observeWidth } from '../chart-width';
import { type ChartExportTable, numberColumn, textColumn } from '../../export/export-table';

export interface BarDatum {
  key: string;
  label: string;
  value: number | null;
  /** Maturity level 1–5 (colour, legend, table); without it the bar is neutral blue. */
  level?: number | null;
}

interface BarRow extends BarDatum {
  name: string;
  valueText: string;
  maturity: MaturityColour | null;
}

/** Height of one bar row in px; the chart grows with the number of bars (200 regions → about 4,500 px). */
export const BAR_ROW_HEIGHT = 22;
const AXIS_HEIGHT = 48;

/**
 * Horizontal bars (ranking), coloured by maturity level, the value printed at the end of each bar. Bars without a
 * value are not drawn but named under the chart and in the table.
 */
@Component({
  selector: 'dc-bar-chart',
  imports: [ChartFrame, BarChartModule],
  templateUrl: './bar-chart.html',
  styleUrls: ['../chart-common.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart extends ChartBase {
  readonly bars = input.required<readonly BarDatum[]>();
  /** Name of the value, e.g. "Gesamtindex (Punkte)": axis and table column. */
  readonly valueLabel = input.required<string>();
  /** Header of the label column in the table (default "Region"). */
  readonly labelHeader = input($localize`:Table column, region@@chart.table.region:Region`);
  readonly max = input(100);
  readonly digitsInfo = input('1.0-1');
  /** Region labels in the table become buttons that emit `barSelect` (keyboard route to the same event). */
  readonly selectable = input(true);

  /** Key of the bar clicked in the chart or of the row chosen in the table. */
  readonly barSelect = output<string>();

  protected readonly width = observeWidth();
  protected readonly rows = computed<BarRow[]>(() => {
    const bars = this.bars();
    const names = uniqueNames(bars.map((bar) => bar.label));
    return bars.map((bar, i) => ({
      ...bar,
      name: names[i],
      valueText: formatValue(bar.value, this.digitsInfo()),
      maturity: maturityColourOfLevel(bar.level),
    }));
  });
  protected readonly drawn = computed(() => this.rows().filter((row) => row.value !== null));
  protected readonly missing = computed(() =>
    this.rows()
      .filter((row) => row.value === null)
      .map((row) => row.label)
      .join(', '),
  );
  protected readonly results = computed(() => this.drawn().map((row) => ({ name: row.name, value: row.value })));
  protected readonly customColors = computed(() =>
    this.drawn().map((row) => ({ name: row.name, value: row.maturity?.colour ?? SERIES_COLOURS[0] })),
  );
  protected readonly view = computed<[number, number]>(() => [
    this.width(),
    Math.max(this.drawn().length, 1) * BAR_ROW_HEIGHT + AXIS_HEIGHT,
  ]);
  protected readonly legend = computed(() => {
    const levels = new Set(this.rows().map((row) => row.maturity?.level));
    return MATURITY_COLOURS.filter((entry) => levels.has(entry.level));
  });
  protected readonly exportTable = computed<ChartExportTable>(() => ({
    columns: [
      textColumn(this.labelHeader()),
      numberColumn(this.valueLabel()),
      textColumn($localize`:Table column, maturity level@@chart.table.level:Reifegrad`),
    ],
    rows: this.rows().map((row) => [
      row.label,
      row.value,
      row.maturity ? `${row.maturity.level} – ${row.maturity.name}` : null,
    ]),
  }));
  protected readonly formatTick = (value: number) => formatValue(value, '1.0-0');
  protected readonly formatLabel = (value: number) => formatValue(value, this.digitsInfo());

  protected onSelect(event: { name?: string }): void {
    const row = this.drawn().find((candidate) => candidate.name === event?.name);
    if (row) this.barSelect.emit(row.key);
  }
}
