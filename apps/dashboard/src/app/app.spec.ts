import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { analystUser, respondentUser, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { HEALTH_URL, SYSTEM_INFO_URL } from '@digitalcheck/dashboard-system-data-access';
import type { HealthReport, SystemInfo } from '@digitalcheck/shared-contracts';
import { App } from './app';

const healthOk: HealthReport = {
  status: 'ok',
  info: {},
  error: {},
  details: { database: { status: 'up' } },
};
const info: SystemInfo = {
  product: 'Digitalcheck Kommune',
  version: '1.4.2',
  database: 'postgres',
};

describe('App shell', () => {
  let fixture: ComponentFixture<App>;
  let element: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(App);
    element = fixture.nativeElement;
    http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function answer(health: 'ok' | 'down'): Promise<void> {
    if (health === 'ok') {
      http.expectOne(HEALTH_URL).flush(healthOk);
      http.expectOne(SYSTEM_INFO_URL).flush(info);
    } else {
      http.expectOne(HEALTH_URL).error(new ProgressEvent('error'), { status: 0 });
      http.expectOne(SYSTEM_INFO_URL).error(new ProgressEvent('error'), { status: 0 });
    }
    await fixture.whenStable();
  }

  it('starts with the skip link "Zum Inhalt springen"', async () => {
    await answer('ok');
    const first = element.querySelector('a');
    expect(first?.textContent?.trim()).toBe('Zum Inhalt springen');
    expect(first?.getAttribute('href')).toBe('#main');
  });

  it('renders the German main navigation', async () => {
    await answer('ok');
    const nav = element.querySelector('nav[aria-label="Hauptnavigation"]');
    const links = Array.from(nav?.querySelectorAll('a') ?? []).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Start', '/'],
      ['Regionen', '/regionen'],
      ['Fragebogen', '/fragebogen'],
      ['Datenquellen und Lizenzen', '/datenquellen'],
    ]);
  });

  it('adds "Auswertung" and "Verwaltung" for state analysts and administrators only', async () => {
    await answer('ok');
    const navLinks = () =>
      Array.from(element.querySelectorAll('nav[aria-label="Hauptnavigation"] a')).map((a) => a.getAttribute('href'));
    const store = TestBed.inject(SessionStore);
    store.set(sessionOf(respondentUser));
    await fixture.whenStable();
    expect(navLinks()).not.toContain('/verwaltung');
    expect(navLinks()).not.toContain('/auswertung');
    store.set(sessionOf(analystUser));
    await fixture.whenStable();
    expect(navLinks()).toEqual(['/', '/regionen', '/fragebogen', '/datenquellen', '/auswertung', '/verwaltung']);
  });

  it('adds "Selbsteinschätzung" for respondents only', async () => {
    await answer('ok');
    const navLinks = () =>
      Array.from(element.querySelectorAll('nav[aria-label="Hauptnavigation"] a')).map((a) => [
        a.textContent?.trim(),
        a.getAttribute('href'),
      ]);
    const store = TestBed.inject(SessionStore);
    store.set(sessionOf(analystUser));
    await fixture.whenStable();
    expect(navLinks().map(([, href]) => href)).not.toContain('/selbsteinschaetzung');
    store.set(sessionOf(respondentUser));
    await fixture.whenStable();
    expect(navLinks()).toEqual([
      ['Start', '/'],
      ['Regionen', '/regionen'],
      ['Fragebogen', '/fragebogen'],
      ['Datenquellen und Lizenzen', '/datenquellen'],
      ['Selbsteinschätzung', '/selbsteinschaetzung'],
    ]);
  });

  it('has the account menu in the header: "Anmelden" when signed out, the name when signed in', async () => {
    await answer('ok');
    const header = () => element.querySelector('header dc-account-menu') as HTMLElement;
    expect(header().querySelector('a')?.textContent?.trim()).toBe('Anmelden');
    TestBed.inject(SessionStore).set(sessionOf(analystUser));
    await fixture.whenStable();
    expect(header().querySelector('button[aria-expanded="false"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Konto: Lena Land',
    );
  });

  it('has header, main#main and footer landmarks with the product name', async () => {
    await answer('ok');
    expect(element.querySelector('header')?.textContent).toContain('Digitalcheck Kommune');
    expect(element.querySelector('header')?.textContent).toContain('selbst einschätzen und vergleichen');
    expect(element.querySelectorAll('main')).toHaveLength(1);
    expect(element.querySelector('main')?.id).toBe('main');
    expect(element.querySelector('footer')).not.toBeNull();
  });

  it('shows version and database mode from the API in the footer', async () => {
    const footer = () => element.querySelector('[data-testid="footer-system"]')?.textContent?.trim();
    expect(footer()).toBe('Version wird geladen …');
    await answer('ok');
    expect(footer()).toBe('Version 1.4.2 · Datenbank: PostgreSQL-Server');
  });

  it('says in the footer when the server cannot be reached', async () => {
    await answer('down');
    expect(element.querySelector('[data-testid="footer-system"]')?.textContent?.trim()).toBe('Server nicht erreichbar');
  });

  it('moves focus to main when the skip link is used', async () => {
    await answer('ok');
    const skip = element.querySelector('a') as HTMLAnchorElement;
    const event = new MouseEvent('click', { cancelable: true, bubbles: true });
    skip.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(element.querySelector('main'));
  });
});
