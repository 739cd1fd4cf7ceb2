import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { ChartExportRecordRequest } from '@digitalcheck/shared-contracts';
import { BarChart, type BarDatum } from '../../charts/bar-chart/bar-chart';
import { CHART_EXPORT_CONTEXT, CHART_EXPORT_RECORDER, type ChartExportContext } from '../export-context';

const BARS: BarDatum[] = [
  { key: '07131', label: 'Ahrweiler', value: 82.254, level: 5 },
  { key: '07132', label: '=HYPERLINK("http://example.org","x")', value: 61.5, level: 4 },
  { key: '07134', label: 'Birkenfeld', value: null, level: null },
];

const CONTEXT: ChartExportContext = {
  fileNameParts: ['rp', '2026'],
  waveId: '3f1c2a9e-0000-4000-8000-000000000001',
  waveTitle: 'Digitalcheck RLP 2026',
  filters: { Land: 'Rheinland-Pfalz', Ebene: 'Kreise' },
};

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('ChartExportMenu (in a chart frame)', () => {
  let fixture: ComponentFixture<BarChart>;
  let element: HTMLElement;
  let records: ChartExportRecordRequest[];
  let recordFails: boolean;
  let downloads: { blob: Blob; name: string }[];

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    records = [];
    recordFails = false;
    downloads = [];
    let lastBlob: Blob | null = null;
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        lastBlob = blob;
        return 'blob:test';
      },
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (lastBlob) downloads.push({ blob: lastBlob, name: this.download });
    });
    TestBed.configureTestingModule({
      imports: [BarChart],
      providers: [
        provideNoopAnimations(),
        { provide: CHART_EXPORT_CONTEXT, useValue: { exportContext: () => CONTEXT } },
        {
          provide: CHART_EXPORT_RECORDER,
          useValue: {
            record: async (request: ChartExportRecordRequest) => {
              if (recordFails) throw new Error('503');
              records.push(request);
            },
          },
        },
      ],
    });
    fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('bars', BARS);
    fixture.componentRef.setInput('heading', 'Index-Rangfolge');
    fixture.componentRef.setInput('valueLabel', 'Punkte (0–100)');
    fixture.componentRef.setInput('subtitle', 'Befragung: Digitalcheck RLP 2026 · Rheinland-Pfalz · n = 3');
    fixture.componentRef.setInput('source', 'Quelle: Digitalcheck Kommune');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => jest.restoreAllMocks());

  const byTestId = (id: string) => element.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement | null;
  async function choose(id: string): Promise<void> {
    byTestId('chart-export-toggle')?.click();
    await fixture.whenStable();
    byTestId(id)?.click();
    for (
      let i = 0;
      i < 20 && !`${byTestId('chart-export-status')?.textContent}${byTestId('chart-export-error')?.textContent}`.trim();
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fixture.whenStable();
  }

  it('names the button after the chart and opens the image and data choices', async () => {
    const toggle = byTestId('chart-export-toggle');
    expect(toggle?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Exportieren: Index-Rangfolge');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(
      ['export-svg', 'export-png', 'export-csv', 'export-csv-international', 'export-xlsx'].map((id) => !!byTestId(id)),
    ).toEqual([true, true, true, true, true]);
  });

  it('closes the choices on Escape (focus back on the button) and on a click elsewhere', async () => {
    const toggle = byTestId('chart-export-toggle') as HTMLButtonElement;
    toggle.click();
    await fixture.whenStable();
    byTestId('export-svg')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(byTestId('chart-export-menu')).toBeNull();
    expect(document.activeElement).toBe(toggle);

    toggle.click();
    await fixture.whenStable();
    document.body.click();
    await fixture.whenStable();
    expect(byTestId('chart-export-menu')).toBeNull();
  });

  it('records the CSV export in the audit log, then hands over the file named after Land, year and chart', async () => {
    await choose('export-csv');
    expect(records).toEqual([
      {
        format: 'csv',
        chart: 'Index-Rangfolge',
        fileName: 'rp_2026_index-rangfolge.csv',
        waveId: CONTEXT.waveId,
        filters: CONTEXT.filters,
        rows: 3,
      },
    ]);
    expect(downloads.map((download) => download.name)).toEqual(['rp_2026_index-rangfolge.csv']);
    expect(await readText(downloads[0].blob)).toBe(
      'Region;Punkte (0–100);Reifegrad\r\n' +
        'Ahrweiler;82,25;5 – Vorreiter\r\n' +
        `"'=HYPERLINK(""http://example.org"",""x"")";61,5;4 – Fortgeschritten\r\n` +
        'Birkenfeld;;\r\n',
    );
    expect(byTestId('chart-export-status')?.textContent).toContain('Datei erstellt: rp_2026_index-rangfolge.csv');
    // The choices close and focus returns to the button (not to the page's start).
    expect(byTestId('chart-export-menu')).toBeNull();
    expect(document.activeElement).toBe(byTestId('chart-export-toggle'));
  });

  it('offers the international CSV under its own name', async () => {
    await choose('export-csv-international');
    expect(downloads[0].name).toBe('rp_2026_index-rangfolge_international.csv');
    expect((await readText(downloads[0].blob)).split('\r\n')[1]).toBe('Ahrweiler,82.25,5 – Vorreiter');
  });

  it('hands over no file and says so when the audit record fails', async () => {
    recordFails = true;
    await choose('export-csv');
    expect(downloads).toEqual([]);
    expect(byTestId('chart-export-error')?.textContent).toContain('keine Datei gespeichert');
    expect(byTestId('chart-export-error')?.getAttribute('role')).toBe('alert');
  });

  it('offers only data while the table is shown, and no menu where exports are off', async () => {
    byTestId('chart-toggle')?.click();
    await fixture.whenStable();
    byTestId('chart-export-toggle')?.click();
    await fixture.whenStable();
    expect(byTestId('export-svg')).toBeNull();
    expect(byTestId('export-xlsx')).not.toBeNull();
    expect(element.textContent).toContain('Bilder werden aus der Diagrammansicht erstellt.');

    fixture.componentRef.setInput('exportable', false);
    await fixture.whenStable();
    expect(byTestId('chart-export-toggle')).toBeNull();
  });
});
