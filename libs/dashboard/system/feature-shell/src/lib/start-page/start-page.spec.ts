import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { HEALTH_URL, SYSTEM_INFO_URL } from '@digitalcheck/dashboard-system-data-access';
import { healthOk, systemInfo } from '../../testing/system-responses';
import { StartPage } from './start-page';

describe('StartPage', () => {
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [StartPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(StartPage);
    const http = TestBed.inject(HttpTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne(HEALTH_URL).flush(healthOk);
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    await fixture.whenStable();
  });

  it('has exactly one h1, in German', () => {
    expect(element.querySelectorAll('h1')).toHaveLength(1);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Wie digital ist Ihre Kommune?');
  });

  it('says who the product is for: Kommunen, Landesebene, Administration', () => {
    const audiences = Array.from(element.querySelectorAll('h3')).map((h) => h.textContent?.trim());
    expect(audiences).toEqual(['Kommunen', 'Landesebene', 'Administration']);
  });

  it('lists the nine Handlungsfelder in order', () => {
    const fields = Array.from(element.querySelectorAll('ol li')).map((li) => li.textContent?.trim());
    expect(fields).toHaveLength(9);
    expect(fields[0]).toBe('Digitale Infrastruktur');
    expect(fields[8]).toBe('Alltagsleben');
  });

  it('contains the system status card', () => {
    expect(element.querySelector('dc-system-status-card')?.textContent).toContain('Betriebsbereit');
  });

  it('links to the data sources page', () => {
    const link = Array.from(element.querySelectorAll('a')).find((a) => a.textContent?.includes('Datenquellen'));
    expect(link?.getAttribute('href')).toBe('/datenquellen');
  });
});
