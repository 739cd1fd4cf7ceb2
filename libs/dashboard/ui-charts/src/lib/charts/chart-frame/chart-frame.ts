import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  ElementRef,
  computed,
  input,
  model,
  signal,
  viewChild,
} from '@angular/core';
import { ChartExportMenu } from '../../export/chart-export-menu/chart-export-menu';
import type { ChartExportTable } from '../../export/export-table';

let nextId = 0;

export type ChartHeadingLevel = 2 | 3;

/**
 * Frame of every chart: title (h2 or h3), subtitle (wave, filters, n), the toggle between chart and table, the
 * chart region (`role="figure"`, labelled by the title, described by the description and the subtitle) and the
 * source line. The chart (or its table) is projected; the chart component decides what to show from
 * `tableShown`.
 */
@Component({
  selector: 'dc-chart-frame',
  imports: [ChartExportMenu],
  templateUrl: './chart-frame.html',
  styleUrl: './chart-frame.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartFrame {
  readonly heading = input.required<string>();
  readonly headingLevel = input<ChartHeadingLevel>(3);
  /** Wave, filters, n: composed by the caller. */
  readonly subtitle = input('');
  /** "Quelle: …" line under the chart. */
  readonly source = input('');
  /** What the chart shows, in words, for screen readers (aria-describedby of the figure). */
  readonly description = input('');
  /** True while the table replaces the chart; the button toggles it. */
  readonly tableShown = model(false);
  /** The data behind the chart for CSV/XLSX; the rendered figure is exported as SVG/PNG. */
  readonly exportTable = input<ChartExportTable | null>(null);
  /** False hides the export menu (print pages). */
  readonly exportable = input(true);
  /** Regions counted, for the export's metadata; null = read from the subtitle's "n = …". */
  readonly n = input<number | null>(null);

  private readonly figure = viewChild.required<ElementRef<HTMLElement>>('figure');
  /** The rendered chart for image exports; none while the table is shown. */
  protected readonly exportTarget = computed(() => (this.tableShown() ? null : this.figure().nativeElement));

  protected readonly ids = {
    title: `dc-chart-title-${++nextId}`,
    subtitle: `dc-chart-subtitle-${nextId}`,
    description: `dc-chart-description-${nextId}`,
  };

  protected readonly describedBy = computed(
    () =>
      [this.description() ? this.ids.description : '', this.subtitle() ? this.ids.subtitle : '']
        .filter(Boolean)
        .join(' ') || null,
  );

  protected toggle(): void {
    this.tableShown.update((shown) => !shown);
  }
}

/** Inputs every chart passes on to its `dc-chart-frame`, and the chart/table state. */
@Directive()
export abstract class ChartBase {
  readonly heading = input.required<string>();
  readonly headingLevel = input<ChartHeadingLevel>(3);
  readonly subtitle = input('');
  readonly source = input('');
  readonly description = input('');
  /** False hides the export menu (print pages). */
  readonly exportable = input(true);
  /** Regions counted, for the export's metadata; null = read from the subtitle's "n = …". */
  readonly n = input<number | null>(null);
  protected readonly tableShown = signal(false);
}
