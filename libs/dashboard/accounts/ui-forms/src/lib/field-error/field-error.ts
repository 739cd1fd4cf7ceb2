import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The error text under a field (KERN `kern-error`). The host carries the `id`, so the input can point to it with
 * `aria-describedby`; the text is never shown by colour alone (icon and words).
 */
@Component({
  selector: 'dc-field-error',
  template: `
    <p class="kern-error">
      <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
      <span class="kern-body">{{ message() }}</span>
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldError {
  readonly message = input.required<string>();
}
