import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { notFoundRoute, systemRoutes } from './system.routes';

describe('systemRoutes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([...systemRoutes, notFoundRoute]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('gives every page a German title and loads it lazily', () => {
    expect([...systemRoutes, notFoundRoute].map((r) => [r.path, r.title, typeof r.loadComponent])).toEqual([
      ['', 'Start', 'function'],
      ['datenquellen', 'Datenquellen und Lizenzen', 'function'],
      ['**', 'Seite nicht gefunden', 'function'],
    ]);
  });

  it.each([
    ['/', 'Wie digital ist Ihre Kommune?'],
    ['/datenquellen', 'Datenquellen und Lizenzen'],
    ['/gibt-es-nicht', 'Seite nicht gefunden'],
  ])('renders %s with its h1', async (url, heading) => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe(heading);
  });
});
