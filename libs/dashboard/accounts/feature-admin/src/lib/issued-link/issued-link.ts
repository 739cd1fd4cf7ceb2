import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import type { IssuedInvitation } from '@digitalcheck/shared-contracts';

/** The link of a new or resent invitation, shown once: selectable, copyable, with its validity. */
@Component({
  selector: 'dc-issued-link',
  imports: [DatePipe],
  templateUrl: './issued-link.html',
  styleUrl: './issued-link.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IssuedLink {
  readonly invitation = input.required<IssuedInvitation>();
  protected readonly copied = signal('');

  protected copy(): void {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      this.copied.set($localize`:@@admin.issued.copyManually:Bitte markieren und kopieren Sie den Link selbst.`);
      return;
    }
    clipboard.writeText(this.invitation().link).then(
      () => this.copied.set($localize`:@@admin.issued.copied:Link kopiert.`),
      () => this.copied.set($localize`:@@admin.issued.copyManually:Bitte markieren und kopieren Sie den Link selbst.`),
    );
  }
}
