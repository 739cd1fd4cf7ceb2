import { Writable } from 'node:stream';
import { neutraliseFormula } from '@digitalcheck/shared-export';
import type { Style, Worksheet, stream } from 'exceljs';
import { CODEBOOK_HEADER, type CodebookLine, codebookRow } from '../raw/codebook';
import type { RawCellValue, RawColumn, RawColumnType } from '../raw/raw-columns';
import { metadataRows, type RawExportMetadata, type RawExportWriter } from './raw-export-writer';
import { ClientGoneError, drained, whileOpen } from './stream-sink';

const NUMBER_FORMATS: Partial<Record<RawColumnType, string>> = {
  date: 'dd.mm.yyyy',
  timestamp: 'dd.mm.yyyy hh:mm',
};

/** Text cells are neutralised against formula injection; numbers and dates stay typed. */
export function xlsxCell(value: RawCellValue): RawCellValue {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

/**
 * The XLSX workbook, streamed with exceljs' WorkbookWriter into the response: sheet "Daten" (each row committed
 * as it comes, header bold and frozen, column widths, dates as dates), then "Codebuch" and "Metadaten".
 * Inline strings (no shared-strings table), so memory does not grow with the number of rows.
 */
export class XlsxWriter implements RawExportWriter {
  private data: Worksheet | null = null;
  private columnStyles: Partial<Style>[] = [];

  private constructor(
    private readonly out: Writable,
    private readonly workbook: stream.xlsx.WorkbookWriter,
  ) {
    this.workbook.creator = 'Digitalcheck Kommune';
  }

  /** exceljs is loaded with the first XLSX export (about 20 MB the idle API does not carry). */
  static async open(out: Writable): Promise<XlsxWriter> {
    const loaded = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
    const excel = loaded.default?.stream ? loaded.default : loaded;
    // Deflate level 1: the sheet XML is very repetitive, so the file grows little and compression costs far less.
    const workbook = new excel.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
      zip: { zlib: { level: 1 } },
    });
    return new XlsxWriter(out, workbook);
  }

  async begin(columns: readonly RawColumn[]): Promise<void> {
    const sheet = this.workbook.addWorksheet('Daten', { views: [{ state: 'frozen', ySplit: 1 }] });
    this.columnStyles = columns.map((column) => {
      const numFmt = NUMBER_FORMATS[column.type];
      return numFmt ? { numFmt } : {};
    });
    sheet.columns = columns.map((column, index) => ({ width: column.width, style: this.columnStyles[index] }));
    headerRow(
      sheet,
      columns.map((column) => column.name),
    );
    this.data = sheet;
  }

  async row(values: readonly RawCellValue[]): Promise<void> {
    if (!this.data) return;
    // Empty cells are left out (undefined), not written as empty <c> elements: most of a wide row is empty.
    const row = this.data.addRow(values.map((value) => (value === null ? undefined : xlsxCell(value))));
    // One style object per column, shared by its cells: exceljs caches style ids by object identity, so it
    // does not work a style out again for every cell (measured: about 40 % of the CPU time of an export).
    row.eachCell((cell, column) => {
      cell.style = this.columnStyles[column - 1] ?? {};
    });
    row.commit();
  }

  /**
   * Waits until the zip has taken up what the committed rows wrote. exceljs ignores backpressure: a committed
   * row goes into the sheet's zip entry (a PassThrough archiver pipes from) whether or not it has room, so
   * without this pause the whole sheet's XML would pile up in memory ahead of the compression.
   */
  async pause(): Promise<void> {
    if (this.out.destroyed) throw new ClientGoneError();
    const entry = zipEntryOf(this.data);
    if (entry) await drained(entry, this.out);
    await drained(this.out);
  }

  async end(codebook: readonly CodebookLine[], metadata: RawExportMetadata): Promise<void> {
    this.data?.commit();
    const book = this.workbook.addWorksheet('Codebuch', { views: [{ state: 'frozen', ySplit: 1 }] });
    book.columns = [14, 8, 30, 60, 28, 16, 50, 12].map((width) => ({ width }));
    headerRow(book, [...CODEBOOK_HEADER]);
    for (const entry of codebook) book.addRow(codebookRow(entry).map(xlsxCell)).commit();
    book.commit();
    const meta = this.workbook.addWorksheet('Metadaten');
    meta.columns = [{ width: 18 }, { width: 60 }];
    headerRow(meta, ['Feld', 'Wert']);
    for (const [field, value] of metadataRows(metadata)) {
      const row = meta.addRow([field, xlsxCell(value)]);
      if (value instanceof Date) row.getCell(2).numFmt = NUMBER_FORMATS.timestamp ?? '';
      row.commit();
    }
    meta.commit();
    // A response that closes before the zip is done leaves the commit pending for ever: stop waiting then.
    await whileOpen(this.out, this.workbook.commit());
  }
}

/** The stream archiver reads the sheet from: exceljs' StreamBuf pipes into it (not in exceljs' types). */
interface PipingSheet {
  stream?: { pipes?: unknown[] };
}

export function zipEntryOf(sheet: Worksheet | null): Writable | null {
  const pipe = (sheet as unknown as PipingSheet | null)?.stream?.pipes?.[0];
  return pipe instanceof Writable ? pipe : null;
}

function headerRow(sheet: Worksheet, names: string[]): void {
  const row = sheet.addRow(names.map(neutraliseFormula));
  row.font = { bold: true };
  row.commit();
}
