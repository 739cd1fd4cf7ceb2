import { ComponentFixture, TestBed } from '@angular/core/testing';
import { surveyQuestion } from '@digitalcheck/dashboard-surveys-data-access/testing';
import type { AnswerValue } from '@digitalcheck/shared-scoring';
import { textOf } from '../../testing/respondent-testing';
import { type FieldInput, QuestionField } from './question-field';

const question = surveyQuestion;

describe('QuestionField', () => {
  let fixture: ComponentFixture<QuestionField>;
  let element: HTMLElement;
  let emitted: FieldInput[];

  async function render(code: string, value: AnswerValue = null, error: string | null = null): Promise<void> {
    fixture = TestBed.createComponent(QuestionField);
    element = fixture.nativeElement;
    emitted = [];
    fixture.componentInstance.changed.subscribe((input) => emitted.push(input));
    fixture.componentRef.setInput('question', question(code));
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('error', error);
    await fixture.whenStable();
  }

  const labels = () => Array.from(element.querySelectorAll('label')).map((l) => textOf(l));
  const input = (id: string) => element.querySelector(`#${id}`) as HTMLInputElement;

  it('renders yes/no as a radio group in a fieldset with the question as legend, "Weiß nicht" included', async () => {
    await render('A1', 'ja');
    expect(element.id).toBe('frage-A1');
    expect(textOf(element.querySelector('fieldset > legend'))).toBe('A1 Gibt es eine Digitalstrategie? (Pflichtfrage)');
    expect(labels()).toEqual(['Ja', 'Nein', 'Weiß nicht']);
    expect(
      Array.from(element.querySelectorAll('input[type="radio"]')).map((r) => (r as HTMLInputElement).checked),
    ).toEqual([true, false, false]);
    input('q-A1-weissNicht').click();
    expect(emitted).toEqual([{ value: 'weissNicht' }]);
  });

  it('renders single choice with its help text tied to the group', async () => {
    await render('A2');
    expect(labels()).toEqual(['Die Verwaltungsspitze', 'Niemand']);
    expect(element.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe('q-A2-hilfe');
    expect(textOf(element.querySelector('#q-A2-hilfe'))).toBe('Wählen Sie die zuständige Stelle.');
  });

  it('renders multiple choice as checkboxes; "keine davon" excludes the others and vice versa', async () => {
    await render('A3', ['termin']);
    expect(labels()).toEqual(['Terminbuchung', 'Online-Bezahlung', 'keine davon']);
    expect(textOf(element.querySelector('#q-A3-hinweis'))).toBe('Mehrere Antworten möglich');
    input('q-A3-bezahlen').click();
    input('q-A3-keine').click();
    expect(emitted).toEqual([{ value: ['termin', 'bezahlen'] }, { value: ['keine'] }]);
    fixture.componentRef.setInput('value', ['keine']);
    await fixture.whenStable();
    input('q-A3-termin').click();
    expect(emitted[2]).toEqual({ value: ['termin'] });
  });

  it('renders Likert 1–5 and the status scale with their labels', async () => {
    await render('A4');
    expect(labels()).toEqual(['1 – trifft gar nicht zu', '2', '3', '4', '5 – trifft voll zu']);
    await render('B1');
    expect(labels()).toEqual([
      'vollständig umgesetzt',
      'teilweise umgesetzt',
      'derzeit in Umsetzung',
      'für die Zukunft geplant',
      'kein Thema',
      'nicht zutreffend',
    ]);
  });

  it('renders a number with unit and range, reads the decimal comma and reports text that is no number', async () => {
    await render('B2', 2.5);
    const field = input('q-B2');
    expect(field.value).toBe('2,5');
    expect(textOf(element.querySelector('#q-B2-hinweis'))).toBe('Zahl zwischen 0 und 50 Vollzeitstellen');
    expect(field.getAttribute('aria-describedby')).toBe('q-B2-hinweis');
    field.value = '3,75';
    field.dispatchEvent(new Event('input'));
    field.value = 'drei';
    field.dispatchEvent(new Event('input'));
    field.value = '';
    field.dispatchEvent(new Event('input'));
    expect(emitted).toEqual([{ value: 3.75 }, { invalid: 'notANumber' }, { value: null }]);
  });

  it('ties an error message to the field with aria-describedby and aria-invalid', async () => {
    await render('B2', 99, 'Die Zahl darf nicht größer als 50 sein.');
    const field = input('q-B2');
    expect(field.getAttribute('aria-describedby')).toBe('q-B2-hinweis q-B2-fehler');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(textOf(element.querySelector('#q-B2-fehler'))).toBe('Die Zahl darf nicht größer als 50 sein.');
  });

  it('renders free text as a textarea with its length limit', async () => {
    await render('B3', 'Bürgerportal');
    const area = element.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.value).toBe('Bürgerportal');
    expect(textOf(element.querySelector('label[for="q-B3"]'))).toBe('B3 Was ist Ihr bestes Beispiel?');
    expect(textOf(element.querySelector('#q-B3-hinweis'))).toBe('Höchstens 200 Zeichen');
    area.value = '';
    area.dispatchEvent(new Event('input'));
    expect(emitted).toEqual([{ value: null }]);
  });

  it('renders a matrix as one radio group per row on one scale', async () => {
    await render('B4', { geld: '3' });
    const rows = Array.from(element.querySelectorAll('fieldset fieldset'));
    expect(rows.map((row) => textOf(row.querySelector('legend')))).toEqual(['Geld', 'Personal']);
    expect(rows.map((row) => row.querySelectorAll('input[type="radio"]').length)).toEqual([3, 3]);
    expect(input('q-B4-geld-3').checked).toBe(true);
    input('q-B4-personal-1').click();
    expect(emitted).toEqual([{ value: { geld: '3', personal: '1' } }]);
  });

  it('disables every control when the response cannot be changed', async () => {
    await render('A1', 'ja');
    fixture.componentRef.setInput('disabled', true);
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('input')).every((i) => i.disabled)).toBe(true);
  });
});
