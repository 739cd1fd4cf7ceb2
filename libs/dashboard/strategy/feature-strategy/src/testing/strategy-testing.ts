import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { STRATEGY_SAVER_OPTIONS, type StrategySaverOptions } from '@digitalcheck/dashboard-strategy-data-access';
import type { SessionUser } from '@digitalcheck/shared-contracts';
import { strategyRoutes } from '../lib/strategy.routes';

/**
 * Test bed with the strategy routes, de-DE, HttpTestingController and a signed-in user. The draft is saved after
 * `debounceMs` (default 20 ms) and retried after 10 ms, so the tests run on real timers.
 */
export async function setUpStrategyPage(
  user: SessionUser,
  saver: StrategySaverOptions = { debounceMs: 20, retryDelaysMs: [10] },
): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  registerLocaleData(localeDe);
  TestBed.configureTestingModule({
    providers: [
      provideRouter(strategyRoutes),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNoopAnimations(),
      { provide: LOCALE_ID, useValue: 'de-DE' },
      { provide: STRATEGY_SAVER_OPTIONS, useValue: saver },
    ],
  });
  TestBed.inject(SessionStore).set(sessionOf(user));
  return { http: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

export function tick(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function textOf(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/g, ' ').trim();
}

export function textsOf(root: Element, selector: string): (string | undefined)[] {
  return Array.from(root.querySelectorAll(selector)).map(textOf);
}

export function rowsOf(root: Element, selector: string): (string | undefined)[][] {
  return Array.from(root.querySelectorAll(`${selector} tbody tr`)).map((tr) =>
    Array.from(tr.children).map((cell) => textOf(cell)),
  );
}

/** Types into an input or textarea as a user would (value, then `input`). */
export function type(element: Element | null, value: string): void {
  const input = element as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** Clicks a checkbox (toggles `checked` and fires `change`). */
export function click(element: Element | null): void {
  (element as HTMLInputElement).click();
}
