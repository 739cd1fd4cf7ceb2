import { expect } from '@playwright/test';
import { Workbook } from 'exceljs';

/** Readers for the files the exports hand over (CSV with BOM, XLSX), shared by the export and XSS journeys. */

/** A small reader for the exports' own CSV output (BOM, quotes, doubled quotes, CRLF). */
export function parseCsv(text: string, separator: string): string[][] {
  expect(text.charCodeAt(0), 'UTF-8 BOM').toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

export async function readWorkbook(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The values of a sheet's non-empty rows (exceljs rows are 1-based). */
export function sheetRows(workbook: Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  expect(sheet, `sheet ${name}`).toBeDefined();
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
