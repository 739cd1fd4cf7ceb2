import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BarChartModule } from '@swimlane/ngx-charts';
import { ChartBase, ChartFrame } from '../chart-frame/chart-frame';
import { MATURITY_COLOURS, MaturityColour, maturityColourOf } from '../chart-colours';
import { formatValue } from '../chart-format';
import { observeWidth } from '../chart-width';
import { type ChartExportTable, numberColumn, textColumn } from '../../export/export-table';

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

interface BinRow extends HistogramBin {
  /** Short axis label "20–30". */
  name: string;
  /** Table label "20 bis unter 30"; the last bin "90 bis 100". */
  range: string;
  countText: string;
  maturity: MaturityColour;
}

/**
 * Distribution of an index or field score (0–100): one bar per bin, coloured by the maturity level the bin falls
 * in (its midpoint: 0–20 level 1 … 80–100 level 5), the count printed on top; quartiles in words under the chart
 * and in the table.
 */
@Component({
  selector: 'dc-histogram',
  imports: [ChartFrame, BarChartModule],
  templateUrl: './histogram.html',
  styleUrls: ['../chart-common.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Histogram extends ChartBase {
  readonly bins = input.required<readonly HistogramBin[]>();
  readonly quartiles = input<Quartiles | null>(null);
  /** Axis and table column of the bins, e.g. "Gesamtindex (Punkte)". */
  readonly valueLabel = input($localize`:Histogram, default name of the binned value@@histogram.valueLabel:Punkte`);
  /** Axis and table column of the counts. */
  readonly countLabel = input($localize`:Histogram, default name of the counts@@histogram.countLabel:Anzahl`);
  readonly digitsInfo = input('1.0-1');
  readonly height = input(280);

  protected readonly width = observeWidth();
  protected readonly rows = computed<BinRow[]>(() => {
    const bins = this.bins();
    return bins.map((bin, i) => {
      const from = formatValue(bin.from, this.digitsInfo());
      const to = formatValue(bin.to, this.digitsInfo());
      const last = i === bins.length - 1;
      return {
        ...bin,
        name: `${from}–${to}`,
        range: last
          ? $localize`:Histogram bin, last (inclusive)@@histogram.range.last:${from}:from: bis ${to}:to:`
          : $localize`:Histogram bin with exclusive upper bound@@histogram.range:${from}:from: bis unter ${to}:to:`,
        countText: formatValue(bin.count, '1.0-0'),
        maturity: maturityColourOf((bin.from + bin.to) / 2) ?? MATURITY_COLOURS[0],
      };
    });
  });
  protected readonly results = computed(() => this.rows().map((row) => ({ name: row.name, value: row.count })));
  protected readonly customColors = computed(() =>
    this.rows().map((row) => ({ name: row.name, value: row.maturity.colour })),
  );
  protected readonly view = computed<[number, number]>(() => [this.width(), this.height()]);
  protected readonly legend = computed(() => {
    const levels = new Set(this.rows().map((row) => row.maturity.level));
    return MATURITY_COLOURS.filter((entry) => levels.has(entry.level));
  });
  /** "1. Quartil 35,2 · Median 48 · 3. Quartil 61,4" */
  protected readonly quartileItems = computed(() => {
    const quartiles = this.quartiles();
    if (!quartiles) return [];
    return [
      {
        label: $localize`:First quartile@@histogram.q1:1. Quartil`,
        value: formatValue(quartiles.q1, this.digitsInfo()),
      },
      { label: $localize`:Median@@histogram.median:Median`, value: formatValue(quartiles.median, this.digitsInfo()) },
      {
        label: $localize`:Third quartile@@histogram.q3:3. Quartil`,
        value: formatValue(quartiles.q3, this.digitsInfo()),
      },
    ];
  });
  protected readonly quartileText = computed(() =>
    this.quartileItems()
      .map((item) => `${item.label} ${item.value}`)
      .join(' · '),
  );
  protected readonly exportTable = computed<ChartExportTable>(() => ({
    columns: [
      textColumn(this.valueLabel()),
      numberColumn($localize`:Export column, lower bound of a bin@@histogram.export.from:von`),
      numberColumn($localize`:Export column, upper bound of a bin@@histogram.export.to:bis`),
      numberColumn(this.countLabel()),
      textColumn($localize`:Table column, maturity level@@chart.table.level:Reifegrad`),
    ],
    rows: this.rows().map((row) => [
      row.range,
      row.from,
      row.to,
      row.count,
      `${row.maturity.level} – ${row.maturity.name}`,
    ]),
  }));
  protected readonly formatCount = (value: number) => formatValue(value, '1.0-0');
}
