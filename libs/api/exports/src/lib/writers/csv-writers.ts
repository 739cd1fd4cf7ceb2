import type { Writable } from 'node:stream';
import { CSV_BOM, type CsvDialect, csvLine } from '@digitalcheck/shared-export';
import { CODEBOOK_HEADER, type CodebookLine, codebookRow } from '../raw/codebook';
import type { RawCellValue, RawColumn, RawColumnType } from '../raw/raw-columns';
import { csvCells } from './cell-text';
import type { RawExportWriter } from './raw-export-writer';
import { drained, whileOpen, writeWithBackpressure } from './stream-sink';

/** The data as CSV (UTF-8 with BOM, CRLF), one line per row as it comes; text cells neutralised by csvLine. */
export class CsvDataWriter implements RawExportWriter {
  private types: RawColumnType[] = [];

  constructor(
    private readonly out: Writable,
    private readonly dialect: CsvDialect,
  ) {}

  async begin(columns: readonly RawColumn[]): Promise<void> {
    this.types = columns.map((column) => column.type);
    await writeWithBackpressure(
      this.out,
      CSV_BOM +
        csvLine(
          columns.map((column) => column.name),
          this.dialect,
        ),
    );
  }

  row(values: readonly RawCellValue[]): Promise<void> {
    return writeWithBackpressure(this.out, csvLine(csvCells(values, this.types), this.dialect));
  }

  pause(): Promise<void> {
    return drained(this.out);
  }

  async end(): Promise<void> {
    await whileOpen(this.out, new Promise<void>((resolve) => this.out.end(resolve)));
  }
}

/** The codebook as CSV (`?part=codebook`). */
export async function writeCodebookCsv(
  out: Writable,
  lines: readonly CodebookLine[],
  dialect: CsvDialect,
): Promise<void> {
  await writeWithBackpressure(out, CSV_BOM + csvLine([...CODEBOOK_HEADER], dialect));
  for (const entry of lines) await writeWithBackpressure(out, csvLine(csvCells(codebookRow(entry), []), dialect));
  await whileOpen(out, new Promise<void>((resolve) => out.end(resolve)));
}
