import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ErrorDescription } from '@digitalcheck/dashboard-accounts-data-access';
import { FieldError } from '@digitalcheck/dashboard-accounts-ui-forms';
import { waveFieldErrorMessage } from '@digitalcheck/dashboard-surveys-data-access';

export const REASON_MAX_LENGTH = 1000;

/**
 * Modal dialog (native `<dialog>`, KERN style) to reopen a submitted response: the reason is required and goes
 * into the audit log. Escape and "Abbrechen" close it and the browser returns the focus to the button that opened
 * it. The host sends the request and passes a failure back (`error`); the reason's field error is shown at the
 * field.
 */
@Component({
  selector: 'dc-reopen-dialog',
  imports: [FieldError],
  templateUrl: './reopen-dialog.html',
  styleUrl: './reopen-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReopenDialog {
  readonly regionName = input.required<string>();
  readonly busy = input(false);
  readonly error = input<ErrorDescription | null>(null);
  readonly confirmed = output<string>();
  readonly cancelled = output<void>();

  protected readonly maxLength = REASON_MAX_LENGTH;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly reasonField = viewChild.required<ElementRef<HTMLTextAreaElement>>('reason');
  private readonly localError = signal<string | null>(null);
  protected readonly reasonError = computed(() => this.localError() ?? this.error()?.fields['reason'] ?? null);
  /** A failure that is not about the reason (e.g. the wave was closed meanwhile). */
  protected readonly generalError = computed(() => {
    const error = this.error();
    return error && !error.fields['reason'] ? error.message : null;
  });
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      // jsdom has no showModal; the attribute shows it there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      this.reasonField().nativeElement.focus();
    });
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const reason = this.reasonField().nativeElement.value.trim();
    if (!reason || reason.length > REASON_MAX_LENGTH) {
      this.localError.set(waveFieldErrorMessage({ field: 'reason', code: 'isNotEmpty' }));
      this.reasonField().nativeElement.focus();
      return;
    }
    this.localError.set(null);
    this.confirmed.emit(reason);
  }

  /** "Abbrechen": closing the dialog fires `close`, as Escape does. */
  protected cancel(): void {
    const dialog = this.dialog().nativeElement;
    if (typeof dialog.close === 'function') dialog.close();
    else this.onClose();
  }

  protected onClose(): void {
    if (!this.destroyed) this.cancelled.emit();
  }
}
