import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ErrorDescription } from '@digitalcheck/dashboard-accounts-data-access';
import { FieldError } from '@digitalcheck/dashboard-accounts-ui-forms';
import { WavesApi, describeWaveError, waveFieldErrorMessage } from '@digitalcheck/dashboard-surveys-data-access';
import type { WaveDetail } from '@digitalcheck/shared-contracts';
import { dayAfter, lastDay, parseGermanDate, startOfDay } from '../german-date';

/**
 * "Verlängern": a new last day (TT.MM.JJJJ) after the current one and not before today. Also reopens a wave whose
 * end date has passed; the API refuses a wave closed by hand (shown in German). Takes the focus when it appears.
 */
@Component({
  selector: 'dc-extend-form',
  imports: [DatePipe, FieldError],
  templateUrl: './extend-form.html',
  styleUrl: './extend-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExtendForm {
  private readonly api = inject(WavesApi);

  readonly wave = input.required<WaveDetail>();
  readonly extended = output<WaveDetail>();
  readonly cancelled = output<void>();

  protected readonly lastDay = lastDay;
  protected readonly busy = signal(false);
  protected readonly error = signal<ErrorDescription | null>(null);
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('field');

  constructor() {
    afterNextRender(() => this.field().nativeElement.focus());
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const day = parseGermanDate(this.field().nativeElement.value);
    const current = lastDay(this.wave().endsAt);
    const today = startOfDay(new Date());
    const code = !day ? 'isIso8601' : day <= current || day < today ? 'notLater' : null;
    if (code || !day) {
      const message = waveFieldErrorMessage({ field: 'endsAt', code: code ?? 'isIso8601' });
      this.error.set({ code: 'VALIDATION_FAILED', message, fields: { endsAt: message } });
      this.field().nativeElement.focus();
      return;
    }
    this.busy.set(true);
    this.api.extend(this.wave().id, dayAfter(day).toISOString()).subscribe({
      next: (wave) => {
        this.busy.set(false);
        this.error.set(null);
        this.extended.emit(wave);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(describeWaveError(error));
      },
    });
  }
}
