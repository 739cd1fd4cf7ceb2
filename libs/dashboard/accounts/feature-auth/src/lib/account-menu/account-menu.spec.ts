import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import {
  adminUser,
  analystUser,
  respondentUser,
  sessionOf,
} from '@digitalcheck/dashboard-accounts-data-access/testing';
import { AccountMenu } from './account-menu';

describe('AccountMenu', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(AccountMenu);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    return fixture;
  }

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

  it('offers "Anmelden" when signed out', async () => {
    TestBed.inject(SessionStore).set(sessionOf(null));
    const fixture = await render();
    const link = fixture.nativeElement.querySelector('[data-testid="login-link"]');
    expect(text(link)).toBe('Anmelden');
    expect(link.getAttribute('href')).toBe('/anmelden');
    fixture.nativeElement.remove();
  });

  it('shows name, scope and management links in a disclosure, and signs out', async () => {
    TestBed.inject(SessionStore).set(sessionOf(analystUser));
    const fixture = await render();
    const element: HTMLElement = fixture.nativeElement;
    const toggle = element.querySelector('[data-testid="account-toggle"]') as HTMLButtonElement;
    const panel = element.querySelector('[data-testid="account-panel"]') as HTMLElement;
    expect(text(toggle)).toBe('Konto: Lena Land');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(true);

    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(Array.from(panel.querySelectorAll('li')).map(text)).toEqual([
      'Landesebene · Rheinland-Pfalz',
      'Befragungen',
      'Benutzerkonten',
      'Einladungen',
      'Protokoll',
    ]);
    expect(Array.from(panel.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      '/verwaltung/befragungen',
      '/verwaltung/benutzer',
      '/verwaltung/einladungen',
      '/verwaltung/protokoll',
    ]);

    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);

    toggle.click();
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    (element.querySelector('[data-testid="logout"]') as HTMLButtonElement).click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne('/api/v1/auth/session').flush(sessionOf(null));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/');
    expect(text(element.querySelector('[data-testid="login-link"]'))).toBe('Anmelden');
    fixture.nativeElement.remove();
  });

  it('shows no management links to respondents', async () => {
    TestBed.inject(SessionStore).set(sessionOf(respondentUser));
    const fixture = await render();
    const element: HTMLElement = fixture.nativeElement;
    expect(text(element.querySelector('[data-testid="account-panel"] ul'))).toBe('Kommune · Landkreis Ahrweiler');
    expect(element.querySelectorAll('[data-testid="account-panel"] a')).toHaveLength(0);
    fixture.nativeElement.remove();
  });

  it('adds the import pages for administrators', async () => {
    TestBed.inject(SessionStore).set(sessionOf(adminUser));
    const fixture = await render();
    const element: HTMLElement = fixture.nativeElement;
    expect(
      Array.from(element.querySelectorAll('[data-testid="account-panel"] a')).map((a) => a.getAttribute('href')),
    ).toEqual([
      '/verwaltung/befragungen',
      '/verwaltung/benutzer',
      '/verwaltung/einladungen',
      '/verwaltung/protokoll',
      '/verwaltung/regionen-import',
      '/verwaltung/frageboegen',
      '/verwaltung/massnahmen',
    ]);
    fixture.nativeElement.remove();
  });
});
