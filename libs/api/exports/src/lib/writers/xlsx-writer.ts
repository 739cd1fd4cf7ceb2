import type { Writable } from 'node:stream';
import { neutraliseFormula } from '@digitalcheck/shared-export';
import { stream, type Worksheet } from 'exceljs';
import { CODEBOOK_HEADER, type CodebookLine, codebookRow } from '../raw/codebook';
import type { RawCellValue, RawColumn, RawColumnType } from '../raw/raw-columns';
import { metadataRows, type RawExportMetadata, type RawExportWriter } from './raw-export-writer';
import { drained } from './stream-sink';

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
  private readonly workbook: stream.xlsx.WorkbookWriter;
  private data: Worksheet | null = null;

  constructor(private readonly out: Writable) {
    this.workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'Digitalcheck Kommune';
  }

  async begin(columns: readonly RawColumn[]): Promise<void> {
    const sheet = this.workbook.addWorksheet('Daten', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({
      key: column.name,
      width: column.width,
      style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
    }));
    headerRow(
      sheet,
      columns.map((column) => column.name),
    );
    this.data = sheet;
  }

  async row(values: readonly RawCellValue[]): Promise<void> {
    this.data?.addRow(values.map(xlsxCell)).commit();
  }

  pause(): Promise<void> {
    return drained(this.out);
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
    await this.workbook.commit();
  }
}

function headerRow(sheet: Worksheet, names: string[]): void {
  const row = sheet.addRow(names.map(neutraliseFormula));
  row.font = { bold: true };
  row.commit();
}
