import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ApiErrorBody } from '@digitalcheck/shared-contracts';

/** The file name of `Content-Disposition: attachment; filename="…"`; null without one. */
export function fileNameOf(disposition: string | null): string | null {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;
}

/** A Blob's text (FileReader: also where Blob.text() is missing, as in jsdom). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** A German message for a failed report: the API's own for the report errors (503), else by status. */
export async function reportFailureMessage(error: unknown): Promise<string> {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 503 && error.error instanceof Blob) {
      try {
        const body = JSON.parse(await textOf(error.error)) as Partial<ApiErrorBody>;
        if (body.code?.startsWith('REPORT_') && body.message) return body.message;
      } catch {
        // not the API's error shape
      }
    }
    if (error.status === 401)
      return $localize`:Report download error@@reports.download.401:Bitte melden Sie sich erneut an.`;
    if (error.status === 403 || error.status === 404)
      return $localize`:Report download error@@reports.download.404:Diesen Bericht gibt es nicht oder er ist Ihnen nicht freigegeben.`;
  }
  return $localize`:Report download error@@reports.download.other:Der Bericht konnte nicht erstellt werden. Bitte versuchen Sie es später erneut.`;
}

/**
 * "Bericht als PDF": asks the API for the report (it takes a second or two, so the button says so), then hands
 * the PDF to the browser's download; a failure is shown beside the button in German, not as a file of JSON.
 */
@Component({
  selector: 'dc-report-pdf-button',
  template: `
    <button
      type="button"
      class="kern-btn kern-btn--secondary"
      [attr.aria-disabled]="busy()"
      (click)="download()"
      data-testid="report-pdf"
    >
      <span class="kern-label" i18n="@@reports.download.button">Bericht als PDF</span>
    </button>
    <span class="kern-body kern-body--small dc-report-pdf__status" role="status" data-testid="report-pdf-status">
      @if (busy()) {
        <ng-container i18n="@@reports.download.busy">Bericht wird erstellt …</ng-container>
      } @else if (saved(); as name) {
        <ng-container i18n="@@reports.download.done">Bericht heruntergeladen: {{ name }}</ng-container>
      }
    </span>
    @if (failure(); as message) {
      <span class="kern-body kern-body--small dc-report-pdf__error" role="alert" data-testid="report-pdf-error">{{
        message
      }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .dc-report-pdf__error {
      color: var(--kern-color-feedback-danger, #b20000);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPdfButton {
  /** The report's address, e.g. `landReportUrl(waveId, '07')` of shared-contracts. */
  readonly url = input.required<string>();

  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** File name of the last report handed over (announced in the status). */
  protected readonly saved = signal<string | null>(null);

  protected download(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.saved.set(null);
    this.http
      .get(this.url(), { responseType: 'blob', observe: 'response' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.busy.set(false);
          if (response.body) this.save(response.body, fileNameOf(response.headers.get('Content-Disposition')));
        },
        error: (error: unknown) => {
          void reportFailureMessage(error).then((message) => {
            this.busy.set(false);
            this.failure.set(message);
          });
        },
      });
  }

  /** Hands the PDF to the browser's download (kept here: this button sits in the initial bundle, the charts do not). */
  private save(pdf: Blob, fileName: string | null): void {
    const name = fileName ?? 'bericht.pdf';
    const url = URL.createObjectURL(pdf);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = name;
    link.style.display = 'none';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.saved.set(name);
  }
}
