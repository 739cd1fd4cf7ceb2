import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FieldError } from '@digitalcheck/dashboard-accounts-ui-forms';
import type { AnswerValue, ChoiceOption, QuestionDefinition } from '@digitalcheck/shared-scoring';
import { answerField, formatNumberDe, numberOf, parseNumberDe } from '../answer-text';

/** What the field reports: a value to save, or input that is not a number yet. */
export type FieldInput = { value: AnswerValue } | { invalid: 'notANumber' };

/**
 * One question of the questionnaire as a form control, by type: choices as a radio group in a fieldset with legend,
 * multiple choice as checkboxes (an exclusive option such as "keine davon" clears the others and vice versa),
 * number with unit and range, free text, matrix as one radio group per row. Help and error texts are tied to the
 * control with `aria-describedby`. The host's id is `frage-<code>` (link target of the review page).
 */
@Component({
  selector: 'dc-question-field',
  imports: [NgTemplateOutlet, FieldError],
  templateUrl: './question-field.html',
  styleUrl: './question-field.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[id]': "'frage-' + question().code", tabindex: '-1', '[attr.data-testid]': "'question-' + question().code" },
})
export class QuestionField {
  readonly question = input.required<QuestionDefinition>();
  readonly value = input<AnswerValue | undefined>(null);
  readonly error = input<string | null>(null);
  readonly disabled = input(false);
  readonly changed = output<FieldInput>();

  protected readonly base = computed(() => `q-${this.question().code}`);
  protected readonly helpId = computed(() => `${this.base()}-hilfe`);
  protected readonly errorId = computed(() => `${this.base()}-fehler`);
  protected readonly hintId = computed(() => `${this.base()}-hinweis`);
  protected readonly describedBy = computed(() => {
    const ids = [];
    if (this.question().help) ids.push(this.helpId());
    if (this.rangeHint()) ids.push(this.hintId());
    if (this.error()) ids.push(this.errorId());
    return ids.length > 0 ? ids.join(' ') : null;
  });
  protected readonly isScale = computed(() => ['likert5', 'obstacleScale'].includes(this.question().type));
  protected readonly options = computed<readonly ChoiceOption[]>(() => {
    const question = this.question();
    return 'options' in question ? question.options : [];
  });
  protected readonly selected = computed(() => {
    const value = this.value();
    return Array.isArray(value) ? value : [];
  });
  protected readonly rangeHint = computed(() => {
    const q = this.question();
    if (q.type === 'number') {
      const unit = q.unit ? ` ${q.unit}` : '';
      if (q.min !== undefined && q.max !== undefined)
        return $localize`:Number range hint@@surveys.field.range:Zahl zwischen ${formatNumberDe(q.min)}:min: und ${formatNumberDe(q.max)}:max:${unit}:unit:`;
      if (q.min !== undefined)
        return $localize`:Number range hint@@surveys.field.min:Zahl ab ${formatNumberDe(q.min)}:min:${unit}:unit:`;
      if (q.max !== undefined)
        return $localize`:Number range hint@@surveys.field.max:Zahl bis ${formatNumberDe(q.max)}:max:${unit}:unit:`;
      return null;
    }
    if (q.type === 'text' && q.maxLength !== undefined)
      return $localize`:Text length hint@@surveys.field.maxLength:Höchstens ${q.maxLength}:max: Zeichen`;
    if (q.type === 'multipleChoice')
      return $localize`:Multiple choice hint@@surveys.field.multiple:Mehrere Antworten möglich`;
    return null;
  });

  /** The typed text, kept while it parses to the value (so "3,50" is not rewritten to "3,5" while typing). */
  protected readonly numberText = linkedSignal<AnswerValue | undefined, string>({
    source: this.value,
    computation: (value, previous) =>
      previous !== undefined && parseNumberDe(previous.value) === numberOf(value)
        ? previous.value
        : formatNumberDe(numberOf(value)),
  });
  protected readonly referenceDate = computed(() => {
    const date = answerField(this.value(), 'referenceDate');
    return typeof date === 'string' ? date : '';
  });
  protected readonly text = computed(() => {
    const value = this.value();
    if (typeof value === 'string') return value;
    const text = answerField(value, 'text');
    return typeof text === 'string' ? text : '';
  });
  protected readonly consent = computed(() => answerField(this.value(), 'consentToPublish') === true);
  protected readonly matrix = computed<Record<string, string>>(() => {
    const value = this.value();
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
  });

  protected choose(code: string): void {
    this.changed.emit({ value: code });
  }

  protected toggle(option: ChoiceOption, checked: boolean): void {
    const current = this.selected();
    let next: string[];
    if (!checked) next = current.filter((code) => code !== option.code);
    else if (option.exclusive) next = [option.code];
    else {
      const exclusive = new Set(
        this.options()
          .filter((o) => o.exclusive)
          .map((o) => o.code),
      );
      const chosen = new Set([...current.filter((code) => !exclusive.has(code)), option.code]);
      next = this.options()
        .filter((o) => chosen.has(o.code))
        .map((o) => o.code);
    }
    this.changed.emit({ value: next.length > 0 ? next : null });
  }

  protected enterNumber(text: string): void {
    this.numberText.set(text);
    const number = parseNumberDe(text);
    if (number !== null && Number.isNaN(number)) {
      this.changed.emit({ invalid: 'notANumber' });
      return;
    }
    this.emitNumber(number, this.referenceDate());
  }

  protected enterReferenceDate(date: string): void {
    const number = parseNumberDe(this.numberText());
    if (number !== null && Number.isNaN(number)) return;
    this.emitNumber(number, date);
  }

  private emitNumber(number: number | null, date: string): void {
    if (number === null) this.changed.emit({ value: null });
    else this.changed.emit({ value: date ? { value: number, referenceDate: date } : number });
  }

  protected enterText(text: string): void {
    const q = this.question();
    if (q.type === 'text' && q.consentLabel !== undefined && this.consent())
      this.changed.emit({ value: { text, consentToPublish: true } });
    else this.changed.emit({ value: text === '' ? null : text });
  }

  protected enterConsent(consentToPublish: boolean): void {
    this.changed.emit({ value: consentToPublish ? { text: this.text(), consentToPublish } : this.text() || null });
  }

  protected chooseRow(row: string, option: string): void {
    this.changed.emit({ value: { ...this.matrix(), [row]: option } });
  }
}
