import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { KpiTile } from './kpi-tile';

describe('KpiTile', () => {
  let fixture: ComponentFixture<KpiTile>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [KpiTile] });
    fixture = TestBed.createComponent(KpiTile);
    fixture.componentRef.setInput('label', 'Kommunen mit Digitalstrategie');
    fixture.componentRef.setInput('share', 0.5685);
    fixture.componentRef.setInput('n', 83);
    fixture.componentRef.setInput('base', 1460);
    fixture.componentRef.setInput('rule', 'Anteil der Antworten „Ja“ an allen gültigen Antworten');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const byTestId = (id: string) => element.querySelector(`[data-testid="${id}"]`) as HTMLElement;
  const shown = () => byTestId('kpi-rule').classList.contains('dc-kpi__tooltip--shown');

  it('shows the share as German percent and n of the base', () => {
    expect(byTestId('kpi-value').textContent).toBe('57\u00a0%');
    expect(text(byTestId('kpi-count'))).toBe('83 von 1.460 (n = 1.460)');
    expect(element.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBe(
      element.querySelector('.dc-kpi__label')?.id,
    );
  });

  it('describes the info button with the rule', () => {
    const button = byTestId('kpi-info');
    expect(text(button.querySelector('.kern-sr-only'))).toBe('Berechnungsregel');
    expect(button.querySelector('[aria-hidden="true"]')?.textContent).toBe('i');
    const rule = byTestId('kpi-rule');
    expect(button.getAttribute('aria-describedby')).toBe(rule.id);
    expect(rule.getAttribute('role')).toBe('tooltip');
    expect(text(rule)).toBe('Anteil der Antworten „Ja“ an allen gültigen Antworten');
  });

  it('shows the tooltip on focus and on hover, and hides it with Escape (WCAG 1.4.13)', async () => {
    expect(shown()).toBe(false);
    byTestId('kpi-info').dispatchEvent(new FocusEvent('focus'));
    await fixture.whenStable();
    expect(shown()).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(shown()).toBe(false);
    byTestId('kpi-info').dispatchEvent(new FocusEvent('blur'));
    await fixture.whenStable();

    const wrapper = element.querySelector('.dc-kpi__info') as HTMLElement;
    wrapper.dispatchEvent(new MouseEvent('mouseenter'));
    await fixture.whenStable();
    expect(shown()).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(shown()).toBe(false);
    wrapper.dispatchEvent(new MouseEvent('mouseleave'));
    wrapper.dispatchEvent(new MouseEvent('mouseenter'));
    await fixture.whenStable();
    expect(shown()).toBe(true);
    wrapper.dispatchEvent(new MouseEvent('mouseleave'));
    await fixture.whenStable();
    expect(shown()).toBe(false);
  });

  it('withholds suppressed figures with the minimum group size', async () => {
    fixture.componentRef.setInput('suppressed', true);
    fixture.componentRef.setInput('minimumGroupSize', 5);
    fixture.componentRef.setInput('n', 4);
    await fixture.whenStable();
    expect(text(byTestId('kpi-value'))).toBe('nicht ausgewiesen (weniger als 5 Antworten)');
    expect(text(byTestId('kpi-count'))).toBe('4 von 1.460 (n = 1.460)');
  });

  it('says "keine Angabe" without a share and shows only the base without n', async () => {
    fixture.componentRef.setInput('share', null);
    fixture.componentRef.setInput('n', null);
    await fixture.whenStable();
    expect(text(byTestId('kpi-value'))).toBe('keine Angabe');
    expect(text(byTestId('kpi-count'))).toBe('Basis: 1.460');
  });
});
