import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { RegionImportReport } from '@digitalcheck/shared-contracts';
import { RegionImportPage } from './region-import-page';

const dryRun: RegionImportReport = {
  file: 'gemeinden.csv',
  format: 'csv',
  encoding: 'latin1',
  dryRun: true,
  applied: false,
  fileError: null,
  created: [{ line: 7, ars: '071315001501', name: 'Adenau' }],
  changed: [
    {
      line: 12,
      ars: '071315001502',
      changes: { population: [2990, 3012], name: ['Altenahr', 'Altenahr (Ahr)'] },
    },
  ],
  unchanged: 10950,
  invalid: [],
};

describe('RegionImportPage', () => {
  let fixture: ComponentFixture<RegionImportPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RegionImportPage);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const $ = <T extends Element = HTMLElement>(selector: string) => element().querySelector<T & Element>(selector);
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const rows = (testId: string) =>
    Array.from(element().querySelectorAll(`[data-testid="${testId}"] tbody tr`)).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
  const applyButton = () => $<HTMLButtonElement>('[data-testid="import-apply"]') as HTMLButtonElement;

  const file = new File(['ARS;Name\n'], 'gemeinden.csv');

  async function choose(chosen: File): Promise<void> {
    const input = $<HTMLInputElement>('#dc-import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function check(report: RegionImportReport): Promise<void> {
    $<HTMLButtonElement>('[data-testid="import-check"]')?.click();
    const request = http.expectOne('/api/v1/regions/import?file=gemeinden.csv&dryRun=true');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    request.flush(report);
    await fixture.whenStable();
  }

  it('has one h1, a labelled file input with its hint, and "Importieren" disabled before a dry run', () => {
    expect(element().querySelectorAll('h1').length).toBe(1);
    expect(text($('h1'))).toBe('Regionen importieren');
    const input = $<HTMLInputElement>('#dc-import-file') as HTMLInputElement;
    expect(text($('label[for="dc-import-file"]'))).toBe('Datei mit Regionen');
    expect(input.accept).toBe('.csv,.geojson,.json');
    expect(input.getAttribute('aria-describedby')).toBe('dc-import-file-hint');
    expect(text($('#dc-import-file-hint'))).toContain('UTF-8 oder Latin-1');
    expect(applyButton().disabled).toBe(true);
    expect(text($('#dc-import-apply-hint'))).toBe('Prüfen Sie die Datei zuerst. Importieren ist erst danach möglich.');
  });

  it('asks for a file when "Prüfen" is pressed without one, linked to the input, focus on the summary', async () => {
    $<HTMLButtonElement>('[data-testid="import-check"]')?.click();
    await fixture.whenStable();
    const summary = $('[data-testid="import-error"]');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect(text(summary?.querySelector('.kern-title'))).toBe('Bitte wählen Sie eine Datei aus.');
    expect(document.activeElement).toBe(summary);
    const input = $<HTMLInputElement>('#dc-import-file');
    expect(input?.getAttribute('aria-describedby')).toBe('dc-import-file-hint dc-import-file-error');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(text($('#dc-import-file-error'))).toBe('Bitte wählen Sie eine Datei aus.');
  });

  it('shows the dry-run report: counts, new rows, changes field by field; then enables "Importieren"', async () => {
    await choose(file);
    await check(dryRun);

    const report = $('[data-testid="import-report"]');
    expect(text(report?.querySelector('h2'))).toBe('Prüfergebnis für gemeinden.csv');
    expect(text($('[data-testid="import-format"]'))).toBe('Format: csv · Zeichenkodierung: latin1');
    const counts = Array.from(element().querySelectorAll('[data-testid="import-counts"] > div')).map(
      (item) => `${text(item.querySelector('dt'))}: ${text(item.querySelector('dd'))}`,
    );
    expect(counts).toEqual(['neu: 1', 'geändert: 1', 'unverändert: 10.950', 'fehlerhaft: 0']);
    expect(rows('import-created')).toEqual([['7', '071315001501', 'Adenau']]);
    expect(rows('import-changed')).toEqual([
      ['12', '071315001502', 'Einwohnerzahl', '2.990 → wird zu 3.012'],
      ['12', '071315001502', 'Name', 'Altenahr → wird zu Altenahr (Ahr)'],
    ]);
    expect($('[data-testid="import-invalid"]')).toBeNull();
    expect(document.activeElement).toBe(report);

    expect(applyButton().disabled).toBe(false);
    expect(text($('#dc-import-apply-hint'))).toBe('Übernimmt 1 neue und 1 geänderte Regionen.');
  });

  it('lists invalid rows and keeps "Importieren" disabled', async () => {
    await choose(file);
    await check({
      ...dryRun,
      invalid: [
        { line: 3, key: '0713150', reason: 'ARS must have 12 digits' },
        { line: 9, key: '071315001599', reason: 'unknown parent 071315001' },
      ],
    });
    expect(rows('import-invalid')).toEqual([
      ['3', '0713150', 'ARS must have 12 digits'],
      ['9', '071315001599', 'unknown parent 071315001'],
    ]);
    expect(text($('[data-testid="import-counts"] > div:last-child dd'))).toBe('2');
    expect(applyButton().disabled).toBe(true);
    expect(text($('#dc-import-apply-hint'))).toContain('Die Datei enthält fehlerhafte Zeilen.');
  });

  it('keeps "Importieren" disabled when nothing would change', async () => {
    await choose(file);
    await check({ ...dryRun, created: [], changed: [] });
    expect(applyButton().disabled).toBe(true);
    expect(text($('#dc-import-apply-hint'))).toBe('Die Datei enthält keine Änderungen. Es gibt nichts zu importieren.');
  });

  it('shows a file error as an error summary with the reason, focused, without a report', async () => {
    await choose(file);
    await check({ ...dryRun, format: null, created: [], changed: [], unchanged: 0, fileError: 'no ARS column' });
    const summary = $('[data-testid="import-error"]');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect(text(summary?.querySelector('.kern-title'))).toBe(
      'Die Datei kann nicht gelesen werden. Es wurde nichts importiert.',
    );
    expect(text($('[data-testid="import-error-detail"]'))).toBe('Grund: no ARS column');
    expect(document.activeElement).toBe(summary);
    expect($('[data-testid="import-report"]')).toBeNull();
    expect($('#dc-import-file')?.getAttribute('aria-describedby')).toBe('dc-import-file-hint dc-import-file-error');
    expect(applyButton().disabled).toBe(true);
  });

  it('imports after the dry run and announces the result in the status region', async () => {
    await choose(file);
    await check(dryRun);
    applyButton().click();
    const request = http.expectOne('/api/v1/regions/import?file=gemeinden.csv&dryRun=false');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBe(file);
    request.flush({ ...dryRun, dryRun: false, applied: true });
    await fixture.whenStable();

    const status = $('[data-testid="import-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('Import abgeschlossen: 1 neu, 1 geändert, 10.950 unverändert.');
    expect(document.activeElement).toBe(status?.querySelector('.kern-alert'));
    expect(text($('[data-testid="import-report"] h2'))).toBe('Importiert: gemeinden.csv');
    expect(applyButton().disabled).toBe(true);
  });

  it('needs a new dry run after choosing another file', async () => {
    await choose(file);
    await check(dryRun);
    await choose(new File(['x'], 'andere.csv'));
    expect($('[data-testid="import-report"]')).toBeNull();
    expect(applyButton().disabled).toBe(true);
  });

  it('explains a file over 50 MB', async () => {
    await choose(file);
    $<HTMLButtonElement>('[data-testid="import-check"]')?.click();
    http
      .expectOne('/api/v1/regions/import?file=gemeinden.csv&dryRun=true')
      .flush(
        { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'too large' },
        { status: 413, statusText: 'Payload Too Large' },
      );
    await fixture.whenStable();
    const summary = $('[data-testid="import-error"]');
    expect(text(summary?.querySelector('.kern-title'))).toBe(
      'Die Datei ist größer als 50 MB. Teilen Sie sie auf, zum Beispiel nach Ländern.',
    );
    expect(document.activeElement).toBe(summary);
  });
});
