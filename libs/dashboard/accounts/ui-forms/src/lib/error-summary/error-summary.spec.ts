import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FieldError } from '../field-error/field-error';
import { ErrorSummary, FieldProblem } from './error-summary';

@Component({
  imports: [ErrorSummary, FieldError],
  template: `
    @if (message(); as m) {
      <dc-error-summary [summaryId]="'fehler'" [message]="m" [fields]="fields()" />
    }
    <label for="email" i18n>E-Mail-Adresse</label>
    <input id="email" [attr.aria-describedby]="'email-error'" />
    <dc-field-error id="email-error" [message]="emailMessage" />
  `,
})
class Host {
  readonly message = signal<string | null>(null);
  readonly fields = signal<FieldProblem[]>([]);
  readonly emailMessage = 'Bitte geben Sie eine E-Mail-Adresse ein.';
}

describe('ErrorSummary', () => {
  it('shows the message and one link per field, takes the focus, and links move focus to the field', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('[data-testid="error-summary"]')).toBeNull();

    fixture.componentInstance.message.set('Bitte prüfen Sie Ihre Eingaben.');
    fixture.componentInstance.fields.set([{ id: 'email', message: 'Bitte geben Sie eine E-Mail-Adresse ein.' }]);
    await fixture.whenStable();

    const summary = element.querySelector('[data-testid="error-summary"]') as HTMLElement;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.id).toBe('fehler');
    expect(summary.querySelector('.kern-title')?.textContent?.trim()).toBe('Bitte prüfen Sie Ihre Eingaben.');
    expect(document.activeElement).toBe(summary);

    const link = summary.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#email');
    link.click();
    expect(document.activeElement).toBe(element.querySelector('#email'));
    expect(element.querySelector('#email-error')?.textContent?.trim()).toBe('Bitte geben Sie eine E-Mail-Adresse ein.');
    fixture.nativeElement.remove();
  });
});
