import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HEALTH_URL, SYSTEM_INFO_URL } from '@digitalcheck/dashboard-system-data-access';
import { healthDatabaseDown, healthOk, systemInfo } from '../../testing/system-responses';
import { SystemStatusCard } from './system-status-card';

describe('SystemStatusCard', () => {
  let fixture: ComponentFixture<SystemStatusCard>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SystemStatusCard],
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: LOCALE_ID, useValue: 'de-DE' }],
    });
    fixture = TestBed.createComponent(SystemStatusCard);
    http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const liveRegion = () => element.querySelector('[aria-live="polite"]') as HTMLElement;

  it('announces that the status is being requested', () => {
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Systemstatus');
    expect(liveRegion().textContent).toContain('Status wird abgefragt');
    expect(liveRegion().getAttribute('aria-busy')).toBe('true');
    http.expectOne(HEALTH_URL).flush(healthOk);
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
  });

  it('shows "Betriebsbereit" with version, database mode and a German time', async () => {
    http.expectOne(HEALTH_URL).flush(healthOk);
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    await fixture.whenStable();

    expect(liveRegion().getAttribute('aria-busy')).toBe('false');
    expect(element.querySelector('.kern-badge--success')?.textContent?.trim()).toBe('Betriebsbereit');
    expect(element.querySelector('[data-testid="system-version"]')?.textContent?.trim()).toBe('0.1.0');
    expect(element.textContent).toContain('eingebettet (PGlite)');
    expect(element.querySelector('time')?.textContent?.trim()).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(element.querySelector('.kern-alert')).toBeNull();
  });

  it('shows a German error alert when the API cannot be reached', async () => {
    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'), { status: 0 });
    http.expectOne(SYSTEM_INFO_URL).error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();

    const alert = element.querySelector('.kern-alert.kern-alert--danger');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.querySelector('.kern-title')?.textContent?.trim()).toBe('Server nicht erreichbar');
    expect(alert?.textContent).toContain('Bitte versuchen Sie es in einigen Minuten erneut.');
    expect(element.textContent).not.toContain('Betriebsbereit');
  });

  it('warns with the failing component when health answers 503', async () => {
    http.expectOne(HEALTH_URL).flush(healthDatabaseDown, {
      status: 503,
      statusText: 'Service Unavailable',
    });
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    await fixture.whenStable();

    const alert = element.querySelector('.kern-alert.kern-alert--warning');
    expect(alert?.querySelector('.kern-title')?.textContent?.trim()).toBe('Eingeschränkt betriebsbereit');
    expect(alert?.textContent).toContain('Störung: Datenbank.');
  });

  it('asks again when "Erneut prüfen" is pressed', async () => {
    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'), { status: 0 });
    http.expectOne(SYSTEM_INFO_URL).error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();

    const button = element.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Erneut prüfen');
    button.click();
    await fixture.whenStable();
    expect(button.disabled).toBe(true);

    http.expectOne(HEALTH_URL).flush(healthOk);
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    await fixture.whenStable();
    expect(element.textContent).toContain('Betriebsbereit');
    expect(button.disabled).toBe(false);
  });
});
