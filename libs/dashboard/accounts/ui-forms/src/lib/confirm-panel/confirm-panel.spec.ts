import { TestBed } from '@angular/core/testing';
import { ConfirmPanel } from './confirm-panel';

describe('ConfirmPanel', () => {
  it('names the action, takes the focus and reports confirm, cancel and Escape', async () => {
    const fixture = TestBed.createComponent(ConfirmPanel);
    fixture.componentRef.setInput('heading', 'Konto deaktivieren?');
    fixture.componentRef.setInput('text', 'Kai Kreis kann sich dann nicht mehr anmelden.');
    fixture.componentRef.setInput('confirmLabel', 'Ja, deaktivieren');
    const events: string[] = [];
    fixture.componentInstance.confirmed.subscribe(() => events.push('confirmed'));
    fixture.componentInstance.cancelled.subscribe(() => events.push('cancelled'));
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();

    const element: HTMLElement = fixture.nativeElement;
    const box = element.querySelector('[data-testid="confirm-panel"]') as HTMLElement;
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-labelledby')).toBe(element.querySelector('h2')?.id);
    const buttons = Array.from(element.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Ja, deaktivieren', 'Abbrechen']);
    buttons[0].click();
    buttons[1].click();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(events).toEqual(['confirmed', 'cancelled', 'cancelled']);
    fixture.nativeElement.remove();
  });
});
