import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  input,
  untracked,
  viewChild,
} from '@angular/core';

/** One invalid field: `id` of its input (the link target) and the German message. */
export interface FieldProblem {
  id: string;
  message: string;
}

/**
 * Error summary above a form (KERN alert, `role="alert"`): the main message and one link per invalid field.
 * It takes the keyboard focus whenever it is shown or its content changes, so screen readers read it at once;
 * each link moves the focus to its field.
 */
@Component({
  selector: 'dc-error-summary',
  templateUrl: './error-summary.html',
  styleUrl: './error-summary.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  /** The `id` of the box, for `aria-describedby` of fields the message is about. */
  readonly summaryId = input.required<string>();
  readonly message = input.required<string>();
  readonly fields = input<readonly FieldProblem[]>([]);

  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  constructor() {
    afterRenderEffect(() => {
      this.message();
      this.fields();
      untracked(() => this.box().nativeElement.focus());
    });
  }

  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    const element = document.getElementById(id);
    // A field wrapper (e.g. the region picker) passes the focus to its first control.
    const control = element?.matches('input, select, textarea, button')
      ? element
      : (element?.querySelector<HTMLElement>('input, select, textarea') ?? element);
    control?.focus();
  }
}
