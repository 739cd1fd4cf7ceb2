import { TestBed } from '@angular/core/testing';
import { issued, pendingInvitation } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { IssuedLink } from './issued-link';

describe('IssuedLink', () => {
  function render(mailSent: boolean): HTMLElement {
    const fixture = TestBed.createComponent(IssuedLink);
    fixture.componentRef.setInput('invitation', { ...issued(pendingInvitation), mailSent });
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the link once and says the mail is on its way', () => {
    const element = render(true);
    expect((element.querySelector('#dc-issued-link') as HTMLInputElement).value).toContain('/einladung?token=tok-1');
    expect(element.textContent).toContain('Die E-Mail mit dem Link ist unterwegs.');
    expect(element.querySelector('[data-testid="mail-failed"]')).toBeNull();
  });

  it('says plainly when the mail could not be sent', () => {
    const element = render(false);
    expect(element.querySelector('[data-testid="mail-failed"]')?.textContent).toContain(
      'Die E-Mail konnte nicht versendet werden. Bitte geben Sie den Link selbst weiter',
    );
  });
});
