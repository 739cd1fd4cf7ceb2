import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  StrategyApi,
  type StrategyExportFormat,
  exportFailureMessage,
} from '@digitalcheck/dashboard-strategy-data-access';

/** The file name of `Content-Disposition: attachment; filename="…"`; null without one. */
export function fileNameOf(disposition: string | null): string | null {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;
}

/**
 * "Als Word (DOCX)" and "Als PDF": fetches the export (waiting for a pending save first is the page's job), hands
 * it to the browser's download under the API's file name, and shows a failure in German beside the buttons.
 */
@Component({
  selector: 'dc-strategy-export-buttons',
  template: `
    <div class="dc-export">
      <button
        type="button"
        class="kern-btn kern-btn--secondary"
        [attr.aria-disabled]="busy() !== null"
        (click)="download('docx')"
        data-testid="export-docx"
      >
        <span class="kern-label" i18n="@@strategy.export.docx">Als Word (DOCX)</span>
      </button>
      <button
        type="button"
        class="kern-btn kern-btn--secondary"
        [attr.aria-disabled]="busy() !== null"
        (click)="download('pdf')"
        data-testid="export-pdf"
      >
        <span class="kern-label" i18n="@@strategy.export.pdf">Als PDF</span>
      </button>
      <span class="kern-body kern-body--small" role="status" data-testid="export-status">
        @if (busy()) {
          <ng-container i18n="@@strategy.export.busy">Datei wird erstellt …</ng-container>
        }
      </span>
    </div>
    @if (failure(); as message) {
      <p class="kern-error" role="alert" data-testid="export-error">
        <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
        <span class="kern-body">{{ message }}</span>
      </p>
    }
  `,
  styles: `
    .dc-export {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--kern-metric-space-small, 8px) var(--kern-metric-space-default, 16px);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyExportButtons {
  readonly responseId = input.required<string>();
  /** The draft has changes not yet stored: the export would miss them. */
  readonly unsaved = input(false);

  private readonly api = inject(StrategyApi);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly busy = signal<StrategyExportFormat | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected download(format: StrategyExportFormat): void {
    if (this.busy()) return;
    if (this.unsaved()) {
      this.failure.set(
        $localize`:Export while saving@@strategy.export.unsaved:Der Entwurf ist noch nicht gespeichert. Bitte warten Sie, bis „Gespeichert um …“ angezeigt wird, und versuchen Sie es dann erneut.`,
      );
      return;
    }
    this.busy.set(format);
    this.failure.set(null);
    this.api
      .exportFile(this.responseId(), format)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.busy.set(null);
          if (response.body) {
            this.save(
              response.body,
              fileNameOf(response.headers.get('Content-Disposition')) ?? `digitalstrategie.${format}`,
            );
          }
        },
        error: (error: unknown) => {
          this.busy.set(null);
          this.failure.set(exportFailureMessage(error));
        },
      });
  }

  private save(file: Blob, fileName: string): void {
    const url = URL.createObjectURL(file);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
