import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HEALTH_URL, SYSTEM_INFO_URL } from '@digitalcheck/dashboard-system-data-access';
import { healthOk, systemInfo } from '../../testing/system-responses';
import { DataSourcesPage, MAP_ATTRIBUTION } from './data-sources-page';

describe('DataSourcesPage', () => {
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [DataSourcesPage],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(DataSourcesPage);
    const http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne(HEALTH_URL).flush(healthOk);
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    await fixture.whenStable();
  });

  const link = (text: string) =>
    Array.from(element.querySelectorAll('a')).find((a) => a.textContent?.includes(text)) ?? null;

  it('has one h1', () => {
    expect(element.querySelectorAll('h1')).toHaveLength(1);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Datenquellen und Lizenzen');
  });

  it('shows the BKG attribution for the map boundaries with the dl-de/by-2-0 licence', () => {
    expect(MAP_ATTRIBUTION).toBe('© GeoBasis-DE / BKG 2021 (Daten verändert)');
    expect(element.querySelector('[data-testid="map-attribution"]')?.textContent?.trim()).toBe(
      '© GeoBasis-DE / BKG 2021 (Daten verändert)',
    );
    expect(link('dl-de/by-2-0')?.getAttribute('href')).toBe('https://www.govdata.de/dl-de/by-2-0');
    expect(link('Datenlizenz Deutschland – Namensnennung – Version 2.0')).not.toBeNull();
    expect(link('Bundesamt für Kartographie und Geodäsie')?.getAttribute('href')).toBe('https://www.bkg.bund.de');
  });

  it('names the Kreis reference data: landkreise-deutschland, Destatis, 31.12.2018, CC-BY-4.0', () => {
    const kreise = element.querySelector('[data-testid="source-kreise"]') as HTMLElement;
    expect(kreise.textContent).toContain('landkreise-deutschland');
    expect(kreise.textContent).toContain('Statistisches Bundesamt (Destatis)');
    expect(kreise.textContent).toContain('31.12.2018');
    expect(link('CC-BY-4.0')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/deed.de');
  });

  it('lists the software licences: EUPL-1.2 for the product and for KERN-UX, with the running version', () => {
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('Digitalcheck Kommune');
    expect(rows[0]).toContain('Version 0.1.0');
    expect(rows[0]).toContain('EUPL-1.2');
    expect(rows[1]).toContain('KERN UX-Standard');
    expect(rows[1]).toContain('EUPL-1.2');
  });
});
