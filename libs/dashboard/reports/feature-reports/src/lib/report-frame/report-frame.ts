import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  ViewEncapsulation,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { Title } from '@angular/platform-browser';

/** Frames after the last render before the page says it is ready (ResizeObserver widths, chart redraws). */
const SETTLE_MS = 150;

/** ngx-charts fades its charts in (0.5 s, Angular animations); on paper they must be at full strength. */
function finishAnimations(): void {
  if (typeof document.getAnimations !== 'function') return;
  for (const animation of document.getAnimations()) animation.finish();
}

/**
 * The frame of a printed report: title, lead line, the report's sections, and the ready marker Chromium waits
 * for (`data-report-ready` (REPORT_READY_ATTRIBUTE) once every request has answered and the charts are drawn; `data-report-failed`
 * with the message when one failed). It carries the print style sheet and hides the app shell.
 */
@Component({
  selector: 'dc-report',
  template: `
    <article class="dc-report" [attr.aria-busy]="!ready()">
      <header>
        <h1 data-testid="report-title">{{ heading() }}</h1>
        <p class="dc-report__lead" data-testid="report-lead">{{ lead() }}</p>
      </header>
      @if (failed(); as message) {
        <p role="alert" data-testid="report-error">{{ message }}</p>
      } @else if (loaded()) {
        <ng-content />
      } @else {
        <p role="status" i18n="@@reports.loading">Bericht wird erstellt …</p>
      }
    </article>
  `,
  styleUrl: './report.css',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.data-report-ready]': 'ready() ? "true" : null',
    '[attr.data-report-failed]': 'failed()',
  },
})
export class ReportFrame {
  readonly heading = input.required<string>();
  readonly lead = input('');
  /** True once every request of the report has answered. */
  readonly loaded = input.required<boolean>();
  /** A German message when a request failed. */
  readonly failed = input<string | null>(null);

  private readonly settled = signal(false);
  protected readonly ready = computed(() => this.loaded() && this.failed() === null && this.settled());

  constructor() {
    const injector = inject(Injector);
    // The document title becomes the PDF's title: "Landesbericht Rheinland-Pfalz – Digitalcheck Kommune".
    const title = inject(Title);
    effect(() => {
      if (this.loaded()) title.setTitle(`${this.heading()} – Digitalcheck Kommune`);
    });
    effect(() => {
      if (!this.loaded() || this.settled()) return;
      afterNextRender(
        () => {
          requestAnimationFrame(() =>
            setTimeout(() => {
              finishAnimations();
              this.settled.set(true);
            }, SETTLE_MS),
          );
        },
        { injector },
      );
    });
  }
}
