import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { analystUser, respondentUser, sessionOf } from '../testing/account-fixtures';
import { requireRole, requireSignedIn, safeReturnUrl } from './guards';
import { SessionStore } from './session.store';

@Component({ template: '' })
class Blank {}

describe('route guards', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'konto', canActivate: [requireSignedIn], component: Blank },
          { path: 'verwaltung', canActivate: [requireRole('ADMIN', 'STATE_ANALYST')], component: Blank },
          { path: 'anmelden', component: Blank },
          { path: 'kein-zugriff', component: Blank },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function navigate(url: string): Promise<string> {
    await RouterTestingHarness.create();
    const router = TestBed.inject(Router);
    return router.navigateByUrl(url).then(() => router.url);
  }

  it('sends signed-out visitors to /anmelden with the page asked for as ziel', async () => {
    const url = navigate('/verwaltung?seite=2');
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/v1/auth/session').flush(sessionOf(null));
    expect(await url).toBe('/anmelden?ziel=%2Fverwaltung%3Fseite%3D2');
  });

  it('lets signed-in users in, and waits for the session to be loaded', async () => {
    TestBed.inject(SessionStore).set(sessionOf(respondentUser));
    expect(await navigate('/konto')).toBe('/konto');
  });

  it('lets only the given roles in and sends others to /kein-zugriff', async () => {
    const store = TestBed.inject(SessionStore);
    store.set(sessionOf(respondentUser));
    expect(await navigate('/verwaltung')).toBe('/kein-zugriff');
    store.set(sessionOf(analystUser));
    expect(await TestBed.inject(Router).navigateByUrl('/verwaltung')).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/verwaltung');
  });

  it('returns only to paths of this app after signing in', () => {
    expect(safeReturnUrl('/verwaltung/benutzer?q=a')).toBe('/verwaltung/benutzer?q=a');
    expect(safeReturnUrl(null)).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
    expect(safeReturnUrl('/anmelden?ziel=/x')).toBe('/');
  });
});
