import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ReportPdfButton, fileNameOf } from './report-pdf-button';

const URL_07 = '/api/v1/reports/waves/w1/lands/07.pdf';

describe('ReportPdfButton', () => {
  let http: HttpTestingController;

  function render() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ReportPdfButton);
    fixture.componentRef.setInput('url', URL_07);
    fixture.detectChanges();
    return fixture;
  }
  const text = (element: HTMLElement, testId: string) =>
    element.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  it('reads the file name from Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="bericht_07_digitalcheck-rheinland-pfalz-2024.pdf"')).toBe(
      'bericht_07_digitalcheck-rheinland-pfalz-2024.pdf',
    );
    expect(fileNameOf(null)).toBeNull();
  });

  it('says it is working, then hands the PDF to the download under the API’s file name', async () => {
    const fixture = render();
    const element = fixture.nativeElement as HTMLElement;
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    URL.createObjectURL = jest.fn(() => 'blob:report');
    URL.revokeObjectURL = jest.fn();
    (element.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(text(element, 'report-pdf-status')).toBe('Bericht wird erstellt …');
    expect(element.querySelector('button')?.getAttribute('aria-disabled')).toBe('true');
    http.expectOne(URL_07).flush(new Blob(['%PDF-1.4']), {
      headers: { 'Content-Disposition': 'attachment; filename="bericht_07_rlp-2024.pdf"' },
    });
    await fixture.whenStable();
    expect(clicked).toEqual(['bericht_07_rlp-2024.pdf']);
    expect(text(element, 'report-pdf-status')).toBe('Bericht heruntergeladen: bericht_07_rlp-2024.pdf');
    expect(element.querySelector('[data-testid="report-pdf-error"]')).toBeNull();
    click.mockRestore();
  });

  it('shows the API’s German message when no Chromium is installed', async () => {
    const fixture = render();
    const element = fixture.nativeElement as HTMLElement;
    (element.querySelector('button') as HTMLButtonElement).click();
    const message = 'PDF-Berichte sind nicht verfügbar: Auf dem Server ist kein Chromium unter /x installiert.';
    http
      .expectOne(URL_07)
      .flush(new Blob([JSON.stringify({ statusCode: 503, code: 'REPORT_RENDERER_UNAVAILABLE', message })]), {
        status: 503,
        statusText: 'Service Unavailable',
      });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
    expect(text(element, 'report-pdf-error')).toBe(message);
  });

  it('names a report that is not there or not shared', async () => {
    const fixture = render();
    const element = fixture.nativeElement as HTMLElement;
    (element.querySelector('button') as HTMLButtonElement).click();
    http.expectOne(URL_07).flush(new Blob(['{}']), { status: 404, statusText: 'Not Found' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await fixture.whenStable();
    expect(text(element, 'report-pdf-error')).toBe('Diesen Bericht gibt es nicht oder er ist Ihnen nicht freigegeben.');
  });
});
