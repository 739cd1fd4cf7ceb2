import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { roundScoreForDisplay } from '@digitalcheck/shared-scoring';
import { ChartBase, ChartFrame } from '../chart-frame/chart-frame';
import { MATURITY_COLOURS, MaturityColour, maturityColourOf } from '../chart-colours';
import { formatValue, noValueText } from '../chart-format';
import { type ChartExportTable, numberColumn, textColumn } from '../../export/export-table';

export interface HeatmapColumn {
  key: string;
  label: string;
}

export interface HeatmapRow {
  key: string;
  label: string;
  /** One score (0–100) per column, in column order; null = no value. */
  values: ReadonlyArray<number | null>;
}

interface HeatmapCell {
  text: string;
  /** "45, Im Aufbau" / "keine Angabe" for screen readers and the tooltip. */
  label: string;
  maturity: MaturityColour | null;
}

/**
 * Regions × fields: each cell coloured by the maturity level of its score, the score printed in it (German, whole
 * points, half up like everywhere else); cells without a score are hatched with "–". A CSS grid rather than
 * ngx-charts' heat map, because that one cannot print values in its cells. The grid carries table roles, so screen
 * readers can move through it by row and column; the region names are buttons (`rowSelect`).
 */
@Component({
  selector: 'dc-heatmap',
  imports: [ChartFrame],
  templateUrl: './heatmap.html',
  styleUrls: ['../chart-common.css', './heatmap.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Heatmap extends ChartBase {
  readonly columns = input.required<readonly HeatmapColumn[]>();
  readonly rows = input.required<readonly HeatmapRow[]>();
  /** Header of the row column, e.g. "Kreis". */
  readonly rowHeader = input($localize`:Heatmap, default header of the row column@@heatmap.rowHeader:Region`);
  /** Region names become buttons that emit `rowSelect`. */
  readonly selectable = input(true);

  readonly rowSelect = output<string>();

  protected readonly levels = MATURITY_COLOURS;
  protected readonly noValue = noValueText();
  protected readonly gridColumns = computed(
    () => `minmax(8rem, max-content) repeat(${this.columns().length}, minmax(3.25rem, 1fr))`,
  );
  protected readonly cells = computed(() =>
    this.rows().map((row) => ({
      key: row.key,
      label: row.label,
      cells: this.columns().map((_, i): HeatmapCell => {
        const value = row.values[i] ?? null;
        if (value === null) return { text: '–', label: this.noValue, maturity: null };
        const maturity = maturityColourOf(value);
        const text = formatValue(roundScoreForDisplay(value), '1.0-0');
        return { text, label: `${text}, ${maturity?.name}`, maturity };
      }),
    })),
  );
  protected readonly exportTable = computed<ChartExportTable>(() => ({
    columns: [textColumn(this.rowHeader()), ...this.columns().map((column) => numberColumn(column.label))],
    rows: this.rows().map((row) => [row.label, ...this.columns().map((_, i) => row.values[i] ?? null)]),
  }));
  protected readonly hasMissing = computed(() => this.cells().some((row) => row.cells.some((cell) => !cell.maturity)));
}
