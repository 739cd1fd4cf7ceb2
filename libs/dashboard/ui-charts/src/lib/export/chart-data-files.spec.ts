import { Workbook } from 'exceljs';
import { XLSX_CELL_LIMIT, chartCsv, chartWorkbook, columnWidth, roundExport, sheetName } from './chart-data-files';
import type { ChartExportMeta } from './export-meta';
import type { ChartExportTable } from './export-table';

const table: ChartExportTable = {
  columns: [
    { header: 'Region', kind: 'text' },
    { header: 'Punkte (0–100)', kind: 'number' },
    { header: '=Reifegrad', kind: 'text' },
  ],
  rows: [
    ['Mainz-Bingen', 81.35123, '5 – Vorreiter'],
    ['=HYPERLINK("http://example.org","x")', 56.989079102715465, null],
    ['Worms', null, '1 – Einstieg'],
  ],
};

const meta: ChartExportMeta = {
  title: 'Gesamtindex: Kreise',
  subtitle: 'Befragung: Digitalcheck RLP 2026 · Rheinland-Pfalz · n = 1.234',
  n: null,
  source: 'Quelle: Digitalcheck Kommune',
  attribution: '© GeoBasis-DE / BKG 2021',
  waveTitle: 'Digitalcheck RLP 2026',
  filters: { Land: 'Rheinland-Pfalz', Ebene: 'Kreise' },
  exportedAt: new Date('2026-11-25T13:05:00Z'),
};

describe('chart data files', () => {
  it('writes German CSV: BOM, semicolons, decimal comma, numbers rounded to two decimals, formulas neutralised', () => {
    expect(chartCsv(table, 'de')).toBe(
      "\uFEFFRegion;Punkte (0–100);'=Reifegrad\r\n" +
        'Mainz-Bingen;81,35;5 – Vorreiter\r\n' +
        `"'=HYPERLINK(""http://example.org"",""x"")";56,99;\r\n` +
        'Worms;;1 – Einstieg\r\n',
    );
  });

  it('writes international CSV with commas and decimal points', () => {
    const lines = chartCsv(table, 'international').split('\r\n');
    expect(lines[0]).toBe("\uFEFFRegion,Punkte (0–100),'=Reifegrad");
    expect(lines[1]).toBe('Mainz-Bingen,81.35,5 – Vorreiter');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://example.org"",""x"")",56.99,`);
  });

  it('writes XLSX with typed cells, a bold frozen header, column widths and a metadata sheet', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(await chartWorkbook(table, meta));
    const data = workbook.getWorksheet('Daten');
    if (!data) throw new Error('no data sheet');
    expect(data.getRow(1).values).toEqual([undefined, 'Region', 'Punkte (0–100)', "'=Reifegrad"]);
    expect(data.getRow(1).font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getCell('B2').value).toBe(81.35);
    expect(typeof data.getCell('B3').value).toBe('number');
    expect(data.getCell('A3').value).toBe('\'=HYPERLINK("http://example.org","x")');
    expect(data.getCell('B4').value).toBeNull();
    expect(data.getColumn(1).width).toBe(
      columnWidth(['Region', 'Mainz-Bingen', '=HYPERLINK("http://example.org","x")', 'Worms']),
    );

    const info = workbook.getWorksheet('Metadaten');
    if (!info) throw new Error('no metadata sheet');
    const pairs = Object.fromEntries(
      info.getSheetValues().flatMap((row) => (Array.isArray(row) ? [[row[1], row[2]]] : [])),
    );
    expect(pairs).toMatchObject({
      Diagramm: 'Gesamtindex: Kreise',
      Befragung: 'Digitalcheck RLP 2026',
      Land: 'Rheinland-Pfalz',
      Ebene: 'Kreise',
      'n (Anzahl Kommunen)': 1234,
      Datenzeilen: 3,
      Quelle: 'Quelle: Digitalcheck Kommune',
      Kartengrundlage: '© GeoBasis-DE / BKG 2021',
      'Exportiert am': '25.11.2026, 14:05',
    });
  });

  it('keeps sheet names within Excel limits and widths between 8 and 60', () => {
    expect(sheetName('Rangfolge: Kreise / Städte [2026]?')).toBe('Rangfolge Kreise Städte 2026');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(columnWidth(['ab'])).toBe(8);
    expect(columnWidth(['x'.repeat(100)])).toBe(60);
  });

  it('rounds decimally as the screen does, not by binary arithmetic', () => {
    expect(roundExport(1.005)).toBe(1.01);
    expect(roundExport(2.675)).toBe(2.68);
    expect(roundExport(56.989079102715465)).toBe(56.99);
    expect(roundExport(-0.004)).toBe(-0);
  });

  it('takes n given by the chart before the subtitle, and shortens text Excel could not hold', async () => {
    const long = 'x'.repeat(40_000);
    const workbook = new Workbook();
    await workbook.xlsx.load(
      await chartWorkbook({ columns: table.columns, rows: [[long, 1, null]] }, { ...meta, n: 36 }),
    );
    const cell = String(workbook.getWorksheet('Daten')?.getCell('A2').value);
    expect(cell).toHaveLength(XLSX_CELL_LIMIT);
    expect(cell.endsWith(' … (gekürzt)')).toBe(true);
    const info = workbook.getWorksheet('Metadaten');
    const rows = info?.getSheetValues().flatMap((row) => (Array.isArray(row) ? [[row[1], row[2]]] : [])) ?? [];
    expect(Object.fromEntries(rows)['n (Anzahl Kommunen)']).toBe(36);
  });
});
