import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { LineChartModule } from '@swimlane/ngx-charts';
import { ChartBase, ChartFrame } from '../chart-frame/chart-frame';
import { formatValue, uniqueNames } from '../chart-format';
import { observeWidth } from '../chart-width';
import { comparisonLegend } from '../comparison';
import { type ChartExportTable, seriesTable } from '../../export/export-table';

export interface TrendWave {
  key: string;
  label: string;
}

export interface TrendPoint {
  value: number | null;
  /** False: do not connect to the previous point (the question or field changed between the versions). */
  joined: boolean;
}

export interface TrendSeries {
  key: string;
  label: string;
  /** One point per wave, in wave order. */
  points: readonly TrendPoint[];
}

interface Segment {
  name: string;
  seriesIndex: number;
  series: { name: number; value: number }[];
}

/**
 * Values over the survey waves (ngx-charts line chart). A series is drawn as segments: a line breaks where a
 * value is missing or where a point is not `joined` to the previous one (questionnaire changed); all segments of
 * a series share its colour and line pattern, and a note under the chart explains the break. X values are the
 * wave positions 1…n, labelled with the wave names, so waves keep their order whichever series has values.
 */
@Component({
  selector: 'dc-trend-line',
  imports: [ChartFrame, LineChartModule],
  templateUrl: './trend-line.html',
  styleUrls: ['../chart-common.css', './trend-line.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendLine extends ChartBase {
  readonly waves = input.required<readonly TrendWave[]>();
  readonly series = input.required<readonly TrendSeries[]>();
  readonly valueLabel = input($localize`:Comparison charts, default value name@@comparison.valueLabel:Punkte`);
  readonly waveHeader = input($localize`:Trend line, default header of the wave column@@trend.waveHeader:Welle`);
  readonly max = input(100);
  readonly digitsInfo = input('1.0-0');
  readonly height = input(320);
  readonly selectable = input(true);

  /** Key of the series (region) whose line was clicked or whose name was chosen in the table. */
  readonly seriesSelect = output<string>();

  protected readonly width = observeWidth();
  protected readonly legend = computed(() => comparisonLegend(this.series()));
  protected readonly segments = computed<Segment[]>(() => {
    const raw: Omit<Segment, 'name'>[] = [];
    this.series().forEach((entry, s) => {
      let current: Omit<Segment, 'name'> | null = null;
      entry.points.forEach((point, w) => {
        if (point.value === null || !point.joined) current = null;
        if (point.value === null) return;
        if (!current) {
          current = { seriesIndex: s, series: [] };
          raw.push(current);
        }
        current.series.push({ name: w + 1, value: point.value });
      });
    });
    const legend = this.legend();
    const names = uniqueNames(raw.map((segment) => legend[segment.seriesIndex].label));
    return raw.map((segment, i) => ({ ...segment, name: names[i] }));
  });
  protected readonly results = computed(() =>
    this.segments().map((segment) => ({ name: segment.name, series: segment.series })),
  );
  protected readonly customColors = computed(() =>
    this.segments().map((segment) => ({ name: segment.name, value: this.legend()[segment.seriesIndex].colour })),
  );
  /** True when some line is broken because a point is not joined to a previous value. */
  protected readonly hasBreak = computed(() =>
    this.series().some((entry) => entry.points.some((point, w) => w > 0 && !point.joined && point.value !== null)),
  );
  protected readonly xTicks = computed(() => this.waves().map((_, i) => i + 1));
  protected readonly view = computed<[number, number]>(() => [this.width(), this.height()]);
  protected readonly table = computed(() =>
    this.waves().map((wave, w) => ({
      key: wave.key,
      label: wave.label,
      cells: this.series().map((entry) => {
        const point = entry.points[w];
        const text = formatValue(point?.value ?? null, this.digitsInfo());
        return point && w > 0 && !point.joined && point.value !== null ? `${text}*` : text;
      }),
    })),
  );
  protected readonly exportTable = computed<ChartExportTable>(() =>
    seriesTable(
      this.waveHeader(),
      this.waves(),
      this.series().map((entry) => ({ label: entry.label, values: entry.points.map((point) => point.value) })),
    ),
  );
  protected readonly formatWave = (position: number) => this.waves()[position - 1]?.label ?? '';
  protected readonly formatTick = (value: number) => formatValue(value, '1.0-0');
  protected readonly formatValue = (value: number) => formatValue(value, this.digitsInfo());

  protected onSelect(event: { name?: unknown; series?: string } | string): void {
    const name = typeof event === 'string' ? event : event?.series;
    const segment = this.segments().find((candidate) => candidate.name === name);
    if (segment) this.seriesSelect.emit(this.series()[segment.seriesIndex].key);
  }
}
