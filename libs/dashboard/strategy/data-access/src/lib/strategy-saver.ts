import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import type { StrategyContent, StrategyDraft } from '@digitalcheck/shared-contracts';
import { clockTime, describeStrategyError } from './strategy-messages';
import { StrategyApi } from './strategy-api';

export type StrategySaveState = 'saved' | 'saving' | 'retrying' | 'conflict' | 'failed';

export interface StrategySaverOptions {
  /** Quiet time after the last change before the draft is sent. */
  debounceMs: number;
  /** Waits before the 1st, 2nd, … retry of a network error or 5xx; the last one repeats. */
  retryDelaysMs: readonly number[];
}

export const STRATEGY_SAVER_OPTIONS = new InjectionToken<StrategySaverOptions>('STRATEGY_SAVER_OPTIONS', {
  factory: () => ({ debounceMs: 800, retryDelaysMs: [1000, 2000, 5000, 10000, 30000] }),
});

/** A 409 STRATEGY_CONFLICT: what the user has and what someone else saved meanwhile. */
export interface StrategyConflict {
  mine: StrategyContent;
  theirs: StrategyDraft;
}

/** The stored draft from a 409 body: the body itself, or under `current`, `draft` or `conflict.current`. */
export function conflictDraftOf(error: unknown): StrategyDraft | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) return null;
  const body: unknown = error.error;
  if (!isRecord(body) || body['code'] !== 'STRATEGY_CONFLICT') return null;
  const conflict = body['conflict'];
  const candidates = [body['current'], body['draft'], isRecord(conflict) ? conflict['current'] : undefined, body];
  return (candidates.find(isDraft) as StrategyDraft | undefined) ?? null;
}

/** Offline, timeouts, 5xx and 429: worth sending again later. */
export function isRetryableSave(error: unknown): boolean {
  return error instanceof HttpErrorResponse && (error.status === 0 || error.status >= 500 || error.status === 429);
}

/** Two contents are the same draft: equal JSON, whatever the order of object keys. */
export function sameContent(a: StrategyContent, b: StrategyContent): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Autosave of the region's strategy draft: the whole draft is sent after a quiet time with the version it was
 * edited from (`baseVersion`). Network errors and 5xx are retried with backoff and the newest content; what the
 * user typed stays in the form whatever happens. A 409 STRATEGY_CONFLICT keeps both drafts until the user chooses.
 * Provide it per page and call `start()` with the loaded draft.
 */
@Injectable()
export class StrategySaver {
  private readonly api = inject(StrategyApi);
  private readonly options = inject(STRATEGY_SAVER_OPTIONS);

  private responseId = '';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private sendAgain = false;
  private attempt = 0;
  private blocker: (content: StrategyContent) => string | null = () => null;

  private readonly contentState = signal<StrategyContent>({ focusFields: [], vision: '', measures: [] });
  private readonly versionState = signal(0);
  private readonly savedAtState = signal<string | null>(null);
  private readonly stateState = signal<StrategySaveState>('saved');
  private readonly conflictState = signal<StrategyConflict | null>(null);
  private readonly errorState = signal<string | null>(null);
  /** Bumped after every successful save, e.g. to reload the versions list. */
  private readonly savesState = signal(0);

  /** The draft as the user sees it (saved or not). */
  readonly content = this.contentState.asReadonly();
  readonly version = this.versionState.asReadonly();
  readonly savedAt = this.savedAtState.asReadonly();
  readonly state = this.stateState.asReadonly();
  readonly conflict = this.conflictState.asReadonly();
  /** German message of a refused save (validation …). */
  readonly error = this.errorState.asReadonly();
  readonly saves = this.savesState.asReadonly();
  /** Something is not stored yet. */
  readonly pending = computed(() => this.stateState() !== 'saved');

  /** The status line: "Gespeichert um 14:05", "Wird gespeichert …", … */
  readonly statusText = computed(() => {
    switch (this.stateState()) {
      case 'saving':
        return $localize`:Strategy save state@@strategy.save.saving:Wird gespeichert …`;
      case 'retrying':
        return $localize`:Strategy save state@@strategy.save.retrying:Nicht gespeichert – der Server ist nicht erreichbar. Neuer Versuch läuft …`;
      case 'conflict':
        return $localize`:Strategy save state@@strategy.save.conflict:Nicht gespeichert – jemand anderes hat den Entwurf inzwischen geändert.`;
      case 'failed':
        return $localize`:Strategy save state@@strategy.save.failed:Nicht gespeichert.`;
      case 'saved': {
        const savedAt = this.savedAtState();
        return savedAt
          ? $localize`:Strategy save state with time@@strategy.save.savedAt:Gespeichert um ${clockTime(savedAt)}:time:`
          : $localize`:Strategy save state@@strategy.save.none:Noch nicht gespeichert. Ihre Eingaben werden automatisch gespeichert.`;
      }
    }
  });

  constructor() {
    inject(DestroyRef, { optional: true })?.onDestroy(() => this.stop());
  }

  start(responseId: string, draft: StrategyDraft): void {
    this.clearTimers();
    this.responseId = responseId;
    this.inFlight = false;
    this.sendAgain = false;
    this.contentState.set(draft.content);
    this.versionState.set(draft.version);
    this.savedAtState.set(draft.savedAt);
    this.stateState.set('saved');
    this.conflictState.set(null);
    this.errorState.set(null);
  }

  /** The user changed the draft: shown at once, sent after the quiet time. */
  change(content: StrategyContent): void {
    this.contentState.set(content);
    const conflict = this.conflictState();
    if (conflict) {
      this.conflictState.set({ ...conflict, mine: content });
      return;
    }
    this.errorState.set(null);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, this.options.debounceMs);
    if (this.stateState() !== 'retrying') this.stateState.set('saving');
  }

  /**
   * A check before every save: a German reason keeps the draft in the form, unsent (e.g. four focus fields while
   * the API takes three), until a change makes the check pass.
   */
  setBlocker(blocker: (content: StrategyContent) => string | null): void {
    this.blocker = blocker;
  }

  /** Sends a waiting change now. */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.send();
  }

  /** After a refused save: try again with what the user has now. */
  retry(): void {
    if (this.conflictState()) return;
    this.send();
  }

  /**
   * Ends a conflict. `theirs`: the stored draft replaces the form. `mine`: the user's draft is saved on top of
   * the stored version, so it replaces the other one knowingly.
   */
  resolve(choice: 'mine' | 'theirs'): void {
    const conflict = this.conflictState();
    if (!conflict) return;
    this.conflictState.set(null);
    this.versionState.set(conflict.theirs.version);
    if (choice === 'theirs') {
      this.contentState.set(conflict.theirs.content);
      this.savedAtState.set(conflict.theirs.savedAt);
      this.stateState.set('saved');
    } else {
      this.contentState.set(conflict.mine);
      this.send();
    }
  }

  private send(): void {
    const reason = this.blocker(this.contentState());
    if (reason) {
      this.errorState.set(reason);
      this.stateState.set('failed');
      return;
    }
    if (this.inFlight) {
      this.sendAgain = true;
      return;
    }
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.inFlight = true;
    this.stateState.set('saving');
    this.errorState.set(null);
    this.put();
  }

  private put(): void {
    const content = this.contentState();
    this.api.save(this.responseId, { baseVersion: this.versionState(), content }).subscribe({
      next: (draft) => this.saved(draft),
      error: (error: unknown) => this.failed(error, content),
    });
  }

  private saved(draft: StrategyDraft): void {
    this.inFlight = false;
    this.attempt = 0;
    this.versionState.set(draft.version);
    this.savedAtState.set(draft.savedAt);
    this.savesState.update((n) => n + 1);
    if (this.sendAgain) {
      this.sendAgain = false;
      this.send();
    } else if (this.timer) {
      this.stateState.set('saving');
    } else {
      this.stateState.set('saved');
    }
  }

  private failed(error: unknown, sent: StrategyContent): void {
    const current = conflictDraftOf(error);
    if (current && sameContent(current.content, sent)) {
      // The first attempt did arrive (its answer was lost) or a colleague saved the same: nothing to choose.
      this.saved(current);
      return;
    }
    if (isRetryableSave(error)) {
      const delays = this.options.retryDelaysMs;
      const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 1000;
      this.attempt += 1;
      this.stateState.set('retrying');
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        this.sendAgain = false;
        this.put();
      }, delay);
      return;
    }
    this.inFlight = false;
    this.sendAgain = false;
    this.attempt = 0;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (current) {
      this.conflictState.set({ mine: this.contentState(), theirs: current });
      this.stateState.set('conflict');
      return;
    }
    this.errorState.set(describeStrategyError(error).message);
    this.stateState.set('failed');
  }

  private clearTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.timer = null;
    this.retryTimer = null;
  }

  private stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    // A waiting change is sent rather than dropped when the page goes away.
    this.flush();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDraft(value: unknown): value is StrategyDraft {
  return isRecord(value) && typeof value['version'] === 'number' && isRecord(value['content']);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
