import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PageTitleStrategy } from './page-title-strategy';

@Component({ template: '' })
class Blank {}

describe('PageTitleStrategy', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'datenquellen',
            title: 'Datenquellen und Lizenzen',
            component: Blank,
          },
          { path: 'ohne-titel', component: Blank },
        ]),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
  });

  it('puts the page first and the product name last', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/datenquellen');
    expect(TestBed.inject(Title).getTitle()).toBe('Datenquellen und Lizenzen – Digitalcheck Kommune');
  });

  it('falls back to the product name', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/ohne-titel');
    expect(TestBed.inject(Title).getTitle()).toBe('Digitalcheck Kommune');
  });
});
