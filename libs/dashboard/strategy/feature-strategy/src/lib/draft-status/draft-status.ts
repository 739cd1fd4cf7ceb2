import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input } from '@angular/core';
import { type StrategySaver, dateTime } from '@digitalcheck/dashboard-strategy-data-access';

/**
 * The draft's save state: a polite live status line ("Gespeichert um 14:05", "Wird gespeichert …"), a message
 * with "Erneut versuchen" when a save was refused, and the conflict panel that shows the other person's draft
 * and lets the user keep theirs or take the other one.
 */
@Component({
  selector: 'dc-draft-status',
  template: `
    <p class="kern-body dc-status" role="status" data-testid="save-status">{{ saver().statusText() }}</p>
    @if (saver().state() === 'failed' && saver().error(); as message) {
      <div class="kern-alert kern-alert--danger" role="alert" data-testid="save-error">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
          <span class="kern-title">{{ message }}</span>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body" i18n="@@strategy.save.keptHint">Ihre Eingaben bleiben auf dieser Seite erhalten.</p>
          <button class="kern-btn kern-btn--secondary" type="button" (click)="saver().retry()" data-testid="save-retry">
            <span class="kern-label" i18n="@@strategy.save.retry">Erneut versuchen</span>
          </button>
        </div>
      </div>
    }
    @if (saver().state() === 'retrying') {
      <div class="kern-alert kern-alert--warning" role="alert" data-testid="save-retrying">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--warning" aria-hidden="true"></span>
          <span class="kern-title" i18n="@@strategy.save.offline"
            >Der Entwurf konnte gerade nicht gespeichert werden. Wir versuchen es automatisch weiter; Ihre Eingaben
            bleiben erhalten.</span
          >
        </div>
      </div>
    }
    @if (saver().conflict(); as conflict) {
      <section
        class="kern-alert kern-alert--warning dc-conflict"
        role="alert"
        tabindex="-1"
        aria-labelledby="dc-conflict-title"
        data-testid="conflict"
      >
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--warning" aria-hidden="true"></span>
          <h2 class="kern-title" id="dc-conflict-title" i18n="@@strategy.conflict.title">
            Jemand anderes hat den Entwurf inzwischen gespeichert
          </h2>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body" data-testid="conflict-who">{{ savedByText() }}</p>
          <dl class="kern-description-list" data-testid="conflict-theirs">
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key" i18n="@@strategy.conflict.focus">Fokusfelder</dt>
              <dd class="kern-description-list-item__value">{{ theirFocus() }}</dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key" i18n="@@strategy.conflict.vision">Übergeordnete Ziele</dt>
              <dd class="kern-description-list-item__value">{{ conflict.theirs.content.vision || '–' }}</dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key" i18n="@@strategy.conflict.measures">Maßnahmen</dt>
              <dd class="kern-description-list-item__value">{{ theirMeasures() }}</dd>
            </div>
          </dl>
          <div class="dc-status__actions">
            <button
              class="kern-btn kern-btn--primary"
              type="button"
              (click)="saver().resolve('mine')"
              data-testid="keep-mine"
            >
              <span class="kern-label" i18n="@@strategy.conflict.mine">Meine Fassung behalten und speichern</span>
            </button>
            <button
              class="kern-btn kern-btn--secondary"
              type="button"
              (click)="saver().resolve('theirs')"
              data-testid="take-theirs"
            >
              <span class="kern-label" i18n="@@strategy.conflict.theirs">Die andere Fassung übernehmen</span>
            </button>
          </div>
        </div>
      </section>
    }
  `,
  styles: `
    /* The status line stays in view while the user edits further down the page; the alerts scroll away. */
    :host {
      display: contents;
    }
    .dc-status {
      position: sticky;
      top: 0;
      z-index: 1;
      margin: 0;
      padding-block: var(--kern-metric-space-small, 8px);
      font-weight: 600;
      background: var(--kern-color-layout-background-default, #fff);
    }
    .dc-status__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--kern-metric-space-small, 8px);
      margin-top: var(--kern-metric-space-small, 8px);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DraftStatus {
  readonly saver = input.required<StrategySaver>();
  /** Field titles by code, and measure titles by id, to name the other draft's choices. */
  readonly fieldTitles = input.required<ReadonlyMap<string, string>>();
  readonly measureTitles = input.required<ReadonlyMap<string, string>>();

  constructor() {
    // A conflict needs a decision before anything is saved again: bring it into view and to the keyboard.
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    effect(() => {
      // After the render that shows it.
      if (this.saver().conflict()) setTimeout(() => host.querySelector<HTMLElement>('.dc-conflict')?.focus());
    });
  }

  protected readonly savedByText = computed(() => {
    const theirs = this.saver().conflict()?.theirs;
    if (!theirs) return '';
    const who = theirs.savedBy ?? $localize`:Unknown person@@strategy.conflict.someone:jemand aus Ihrem Team`;
    const when = theirs.savedAt ? dateTime(theirs.savedAt) : '–';
    return $localize`:Who saved the other draft@@strategy.conflict.who:Gespeichert von ${who}:who: am ${when}:when: (Version ${theirs.version}:version:). Diese Fassung:`;
  });
  protected readonly theirFocus = computed(() => {
    const fields = this.saver().conflict()?.theirs.content.focusFields ?? [];
    return fields.length === 0 ? '–' : fields.map((code) => this.fieldTitles().get(code) ?? code).join(', ');
  });
  protected readonly theirMeasures = computed(() => {
    const measures = this.saver().conflict()?.theirs.content.measures ?? [];
    return measures.length === 0
      ? '–'
      : measures.map((m) => this.measureTitles().get(m.measureId) ?? m.measureId).join(', ');
  });
}
