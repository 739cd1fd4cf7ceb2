import { DecimalPipe, formatDate } from '@angular/common';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { appConfig } from './app.config';

describe('appConfig', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: appConfig.providers }));

  it('formats numbers and dates for de-DE', () => {
    const locale = TestBed.inject(LOCALE_ID);
    expect(locale).toBe('de-DE');
    expect(new DecimalPipe(locale).transform(1234.5, '1.1-1')).toBe('1.234,5');
    expect(formatDate(new Date(2026, 10, 24), 'longDate', locale)).toBe('24. November 2026');
  });
});
