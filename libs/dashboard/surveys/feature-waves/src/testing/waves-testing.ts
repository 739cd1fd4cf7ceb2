import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { analystUser, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import type { QuestionnaireSummary, SessionUser } from '@digitalcheck/shared-contracts';
import { wavesRoutes } from '../lib/waves.routes';

/** Test bed with the wave routes, de-DE, HttpTestingController and a signed-in analyst (or `user`). */
export async function setUpWavesPage(
  user: SessionUser = analystUser,
): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  registerLocaleData(localeDe);
  TestBed.configureTestingModule({
    providers: [
      provideRouter(wavesRoutes),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: LOCALE_ID, useValue: 'de-DE' },
    ],
  });
  TestBed.inject(SessionStore).set(sessionOf(user));
  return { http: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

/** `GET /api/v1/questionnaires`: version 1 published, version 2 a draft. */
export const questionnaireList: QuestionnaireSummary[] = [
  {
    id: 'digitale-kommune',
    title: 'Digitale Kommune',
    versions: [
      { version: 1, status: 'published', title: 'Digitale Kommune', publishedAt: '2026-01-01T00:00:00.000Z' },
      { version: 2, status: 'draft', title: 'Digitale Kommune (Entwurf)', publishedAt: null },
    ],
  },
];

export function textOf(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/g, ' ').trim();
}

export function rowsOf(root: HTMLElement, selector: string): (string | undefined)[][] {
  return Array.from(root.querySelectorAll(`${selector} tbody tr`)).map((tr) =>
    Array.from(tr.children).map((cell) => textOf(cell)),
  );
}

/** Sets a text input's value as typing would. */
export function type(element: HTMLElement, selector: string, value: string): void {
  const input = element.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement | null;
  if (!input) throw new Error(`No field ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

export function click(element: HTMLElement, selector: string): void {
  const target = element.querySelector(selector) as HTMLElement | null;
  if (!target) throw new Error(`Nothing to click at ${selector}`);
  target.click();
}
