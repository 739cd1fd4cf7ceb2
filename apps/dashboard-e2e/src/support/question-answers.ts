import type { AnswerValue, ChoiceOption, QuestionDefinition } from '@digitalcheck/shared-scoring';
import { expect, type Locator, type Page } from '@playwright/test';
import { tabInto } from './surveys';

/**
 * Answers a question of a section page through its accessible names, from a stored answer value of the
 * definition format (option codes, numbers, texts, matrix rows): `answerQuestion` with the mouse,
 * `answerQuestionByKeyboard` with Tab, the arrow keys, Space and typing only. Both check the control afterwards.
 */

/** "A1 Wie ist …": the fieldset (choices, matrix) or the input (number, text) of a question. */
export function questionControl(page: Page, question: QuestionDefinition): Locator {
  const name = new RegExp(`^${question.code} `);
  return question.type === 'number' || question.type === 'text'
    ? page.getByLabel(name)
    : page.getByRole('group', { name });
}

/** "2,5" for 2.5: how a German user types a number. */
export function germanNumber(value: number): string {
  return value.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 4 });
}

function optionsOf(question: QuestionDefinition): readonly ChoiceOption[] {
  return 'options' in question ? question.options : [];
}

function labelOf(question: QuestionDefinition, code: string): string {
  const option = optionsOf(question).find((o) => o.code === code);
  if (!option) throw new Error(`${question.code} has no option ${code}`);
  return option.label;
}

function rowsOf(question: QuestionDefinition, value: AnswerValue): [label: string, option: string][] {
  if (question.type !== 'matrix') throw new Error(`${question.code} is not a matrix`);
  const answer = value as Record<string, string>;
  return question.rows.filter((row) => answer[row.code] !== undefined).map((row) => [row.label, answer[row.code]]);
}

function textOf(value: AnswerValue): { text: string; consent: boolean } {
  if (typeof value === 'string') return { text: value, consent: false };
  const { text, consentToPublish } = value as { text: string; consentToPublish: boolean };
  return { text, consent: consentToPublish };
}

function numberOf(value: AnswerValue): number {
  return typeof value === 'number' ? value : (value as { value: number }).value;
}

const option = (group: Locator, label: string) => group.getByLabel(label, { exact: true });

export async function answerQuestion(page: Page, question: QuestionDefinition, value: AnswerValue): Promise<void> {
  const control = questionControl(page, question);
  switch (question.type) {
    case 'multipleChoice':
      for (const code of value as string[]) await option(control, labelOf(question, code)).check();
      break;
    case 'number':
      await control.fill(germanNumber(numberOf(value)));
      break;
    case 'text': {
      const { text, consent } = textOf(value);
      await control.fill(text);
      if (consent && question.consentLabel) await page.getByLabel(question.consentLabel, { exact: true }).check();
      break;
    }
    case 'matrix':
      for (const [row, code] of rowsOf(question, value)) {
        await option(control.getByRole('group', { name: row, exact: true }), labelOf(question, code)).check();
      }
      break;
    default:
      await option(control, labelOf(question, value as string)).check();
  }
  await expectAnswer(page, question, value);
}

/**
 * Picks option `code` in a radio group with the keyboard: Tab into the group (it lands on the checked radio,
 * or the first one), then the arrow keys, or Space on an unchecked radio that already has the focus.
 */
async function chooseByKeyboard(page: Page, group: Locator, options: readonly ChoiceOption[], code: string) {
  await tabInto(page, group);
  const radios = group.getByRole('radio');
  const focused = await radios.evaluateAll((inputs) => inputs.indexOf(document.activeElement as HTMLInputElement));
  const target = options.findIndex((o) => o.code === code);
  expect(focused).toBeGreaterThanOrEqual(0);
  if (target === focused) {
    if (!(await radios.nth(target).isChecked())) await page.keyboard.press('Space');
    return;
  }
  const key = target > focused ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(target - focused); step++) await page.keyboard.press(key);
}

export async function answerQuestionByKeyboard(
  page: Page,
  question: QuestionDefinition,
  value: AnswerValue,
): Promise<void> {
  const control = questionControl(page, question);
  switch (question.type) {
    case 'multipleChoice': {
      const wanted = new Set(value as string[]);
      const boxes = control.getByRole('checkbox');
      await tabInto(page, control);
      for (const [index, o] of question.options.entries()) {
        await expect(boxes.nth(index)).toBeFocused();
        if (wanted.has(o.code) !== (await boxes.nth(index).isChecked())) await page.keyboard.press('Space');
        if (index < question.options.length - 1) await page.keyboard.press('Tab');
      }
      break;
    }
    case 'number':
    case 'text': {
      await tabInto(page, control);
      await page.keyboard.press('ControlOrMeta+A');
      const { text, consent } =
        question.type === 'text' ? textOf(value) : { text: germanNumber(numberOf(value)), consent: false };
      await page.keyboard.type(text);
      if (consent) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
      }
      break;
    }
    case 'matrix':
      for (const [row, code] of rowsOf(question, value)) {
        await chooseByKeyboard(page, control.getByRole('group', { name: row, exact: true }), question.options, code);
      }
      break;
    default:
      await chooseByKeyboard(page, control, optionsOf(question), value as string);
  }
  await expectAnswer(page, question, value);
}

/** The form shows exactly this answer. */
export async function expectAnswer(page: Page, question: QuestionDefinition, value: AnswerValue): Promise<void> {
  const control = questionControl(page, question);
  switch (question.type) {
    case 'multipleChoice': {
      const chosen = new Set(value as string[]);
      for (const o of question.options) {
        const box = option(control, o.label);
        if (chosen.has(o.code)) await expect(box).toBeChecked();
        else await expect(box).not.toBeChecked();
      }
      break;
    }
    case 'number':
      await expect(control).toHaveValue(numberOf(value).toLocaleString('de-DE', { maximumFractionDigits: 4 }));
      break;
    case 'text': {
      const { text, consent } = textOf(value);
      await expect(control).toHaveValue(text);
      if (question.consentLabel) {
        const box = page.getByLabel(question.consentLabel, { exact: true });
        if (consent) await expect(box).toBeChecked();
        else await expect(box).not.toBeChecked();
      }
      break;
    }
    case 'matrix':
      for (const [row, code] of rowsOf(question, value)) {
        await expect(
          option(control.getByRole('group', { name: row, exact: true }), labelOf(question, code)),
        ).toBeChecked();
      }
      break;
    default:
      await expect(option(control, labelOf(question, value as string))).toBeChecked();
  }
}
