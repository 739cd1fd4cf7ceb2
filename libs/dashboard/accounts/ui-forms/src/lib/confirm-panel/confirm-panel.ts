import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  input,
  output,
  viewChild,
} from '@angular/core';

let nextId = 0;

/**
 * Inline confirmation before a consequential action (disable an account, revoke an invitation): a warning box with
 * a heading, the consequence and two buttons. It takes the focus when it appears; Escape cancels.
 */
@Component({
  selector: 'dc-confirm-panel',
  templateUrl: './confirm-panel.html',
  styleUrl: './confirm-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmPanel {
  readonly heading = input.required<string>();
  readonly text = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly busy = input(false);
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  protected readonly headingId = `dc-confirm-heading-${++nextId}`;
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  constructor() {
    afterNextRender(() => this.box().nativeElement.focus());
  }
}
