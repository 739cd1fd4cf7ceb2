import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { SessionUser } from '@digitalcheck/shared-contracts';
import { sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { adminRoutes } from '../lib/admin.routes';

/** Test bed with the admin routes, de-DE, HttpTestingController and a signed-in user. */
export async function setUpAdminPage(
  user: SessionUser,
): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  registerLocaleData(localeDe);
  TestBed.configureTestingModule({
    providers: [
      provideRouter(adminRoutes),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: LOCALE_ID, useValue: 'de-DE' },
    ],
  });
  TestBed.inject(SessionStore).set(sessionOf(user));
  return { http: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

export function textOf(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/g, ' ').trim();
}

export function rowsOf(root: HTMLElement, selector: string): (string | undefined)[][] {
  return Array.from(root.querySelectorAll(`${selector} tbody tr`)).map((tr) =>
    Array.from(tr.children).map((cell) => textOf(cell)),
  );
}
