import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { ChartExportFormat } from '@digitalcheck/shared-contracts';
import { type CsvDialect, exportFileName } from '@digitalcheck/shared-export';
import { CSV_TYPE, chartCsv, chartXlsx } from '../chart-data-files';
import { SVG_TYPE, chartSvgDocument, svgToPng } from '../chart-image-files';
import { elementToSvg } from '../dom-to-svg';
import { downloadFile } from '../download-file';
import { CHART_EXPORT_CONTEXT, CHART_EXPORT_RECORDER, type ChartExportContext } from '../export-context';
import type { ChartExportMeta } from '../export-meta';
import type { ChartExportTable } from '../export-table';
import { textMeasure } from '../svg-text';

type ExportStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed' };

const NO_CONTEXT: ChartExportContext = { fileNameParts: [], waveId: null, waveTitle: null, filters: {} };

/**
 * "Exportieren" beside a chart's title: the chart as SVG or PNG (made from the rendered chart in the browser),
 * its data as CSV (German Excel or international) or XLSX. Each export is recorded in the audit log first; when
 * that fails, no file is handed over and the user is told so. Hidden in print.
 */
@Component({
  selector: 'dc-chart-export',
  templateUrl: './chart-export-menu.html',
  styleUrl: './chart-export-menu.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'dc-chart-export',
    '(keydown.escape)': 'close()',
    '(document:click)': 'closeOutside($event)',
  },
})
export class ChartExportMenu {
  readonly heading = input.required<string>();
  readonly subtitle = input('');
  readonly source = input('');
  readonly attribution = input<string | null>(null);
  /** What kind of chart, for the file name where the title does not say it ("Karte"). */
  readonly fileLabel = input<string | null>(null);
  /** Number of regions the chart counts (metadata sheet); null = taken from a subtitle ending "n = …". */
  readonly n = input<number | null>(null);
  readonly table = input<ChartExportTable | null>(null);
  /** The rendered chart; null while a table is shown instead (images then are not offered). */
  readonly target = input<HTMLElement | null>(null);

  private readonly document = inject(DOCUMENT);
  private readonly context = inject(CHART_EXPORT_CONTEXT, { optional: true });
  /** Optional so a chart renders anywhere; without a recorder every export fails (nothing unrecorded). */
  private readonly recorder = inject(CHART_EXPORT_RECORDER, { optional: true });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly toggleButton = viewChild<ElementRef<HTMLButtonElement>>('toggleButton');

  private static nextId = 0;
  protected readonly menuId = `dc-chart-export-${++ChartExportMenu.nextId}`;
  protected readonly open = signal(false);
  protected readonly status = signal<ExportStatus>({ kind: 'idle' });
  protected readonly busy = computed(() => this.status().kind === 'busy');
  protected readonly doneName = computed(() => {
    const status = this.status();
    return status.kind === 'done' ? status.fileName : '';
  });

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  close(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.toggleButton()?.nativeElement.focus();
  }

  /** A click elsewhere on the page closes the choices (focus stays where the user clicked). */
  closeOutside(event: Event): void {
    if (this.open() && !this.host.nativeElement.contains(event.target as Node | null)) this.open.set(false);
  }

  protected async exportImage(format: 'svg' | 'png'): Promise<void> {
    const target = this.target();
    if (!target) return;
    await this.run(format, null, async (meta) => {
      const image = chartSvgDocument(elementToSvg(target), meta, textMeasure(this.document));
      return format === 'svg' ? new Blob([image.svg], { type: SVG_TYPE }) : await svgToPng(image, this.document);
    });
  }

  protected async exportData(format: 'csv' | 'xlsx', dialect: CsvDialect = 'de'): Promise<void> {
    const table = this.table();
    if (!table) return;
    const suffix = format === 'csv' && dialect === 'international' ? 'international' : null;
    await this.run(format, suffix, async (meta) =>
      format === 'csv' ? new Blob([chartCsv(table, dialect)], { type: CSV_TYPE }) : await chartXlsx(table, meta),
    );
  }

  private async run(
    format: ChartExportFormat,
    suffix: string | null,
    build: (meta: ChartExportMeta) => Promise<Blob>,
  ): Promise<void> {
    if (this.busy()) return;
    const context = this.context?.exportContext() ?? NO_CONTEXT;
    const meta: ChartExportMeta = {
      title: this.heading(),
      subtitle: this.subtitle(),
      n: this.n(),
      source: this.source(),
      attribution: this.attribution(),
      waveTitle: context.waveTitle,
      filters: context.filters,
      exportedAt: new Date(),
    };
    const fileName = exportFileName([...context.fileNameParts, this.heading(), this.fileLabel(), suffix], format);
    this.status.set({ kind: 'busy' });
    try {
      const file = await build(meta);
      if (!this.recorder) throw new Error('no export recorder provided');
      await this.recorder.record({
        format,
        chart: this.heading().slice(0, 200),
        fileName,
        ...(context.waveId ? { waveId: context.waveId } : {}),
        filters: { ...context.filters },
        ...(format === 'csv' || format === 'xlsx' ? { rows: this.table()?.rows.length ?? 0 } : {}),
      });
      downloadFile(file, fileName, this.document);
      this.status.set({ kind: 'done', fileName });
      this.close();
    } catch {
      this.status.set({ kind: 'failed' });
    }
  }
}
