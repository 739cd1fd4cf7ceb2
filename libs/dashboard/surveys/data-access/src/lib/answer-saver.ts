import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import type { AnswerConflict, SurveyErrorBody } from '@digitalcheck/shared-contracts';
import type { AnswerValue } from '@digitalcheck/shared-scoring';
import { describeSurveyError } from './survey-messages';
import { SurveysApi, type SurveyResponse, type SurveySavedAnswer } from './surveys-api';

/** The whole page's save state, for the live region: worst state of any question first. */
export type SaveState = 'saved' | 'saving' | 'retrying' | 'conflict' | 'failed';

/** Per question: absent = saved (or never touched). */
export type QuestionSaveStatus = Exclude<SaveState, 'saved'>;

export interface AnswerSaverOptions {
  /** Quiet time after the last change before a question is sent. */
  debounceMs: number;
  /** Waits before the 1st, 2nd, … retry of a network error or 5xx; the last one repeats. */
  retryDelaysMs: readonly number[];
}

export const ANSWER_SAVER_OPTIONS = new InjectionToken<AnswerSaverOptions>('ANSWER_SAVER_OPTIONS', {
  factory: () => ({ debounceMs: 600, retryDelaysMs: [1000, 2000, 5000, 10000, 30000] }),
});

/** A 409 ANSWER_CONFLICT: the user's value and the one stored meanwhile. Nothing is overwritten until chosen. */
export interface AnswerConflictState {
  questionCode: string;
  mine: AnswerValue;
  theirs: AnswerConflict<AnswerValue>['current'];
}

export type StoredAnswers = SurveyResponse['answers'];

interface Operation {
  operationId: string;
  value: AnswerValue;
  baseVersion: number;
}

interface Entry {
  value: AnswerValue;
  version: number;
  timer: ReturnType<typeof setTimeout> | null;
  /** In flight or waiting for its retry; a retry repeats it unchanged (same operation id). */
  operation: Operation | null;
  retryTimer: ReturnType<typeof setTimeout> | null;
  attempt: number;
  /** The debounce ran out while an operation was under way: send again afterwards. */
  sendAgain: boolean;
}

const UNSTORED = Symbol('unstored');

/**
 * Autosave of one response's answers: debounced per question, sent with a client-generated operation id and the
 * last known version. Network errors and 5xx are retried with backoff under the SAME operation id, so the server
 * applies the answer at most once. A 409 ANSWER_CONFLICT keeps both values until the user chooses.
 * Provide it per page (`providers: [AnswerSaver]`) and call `start()` with the loaded response.
 */
@Injectable()
export class AnswerSaver {
  private readonly api = inject(SurveysApi);
  private readonly options = inject(ANSWER_SAVER_OPTIONS);
  private readonly entries = new Map<string, Entry>();
  private responseId = '';

  private readonly answersState = signal<Record<string, AnswerValue>>({});
  private readonly versionsState = signal<Record<string, number>>({});
  private readonly statusState = signal<Record<string, QuestionSaveStatus>>({});
  private readonly conflictState = signal<Record<string, AnswerConflictState>>({});
  private readonly errorState = signal<Record<string, string>>({});
  private readonly savedAtState = signal<string | null>(null);

  /** The current values as the user sees them (saved or not). */
  readonly answers = this.answersState.asReadonly();
  /** Last version known from the server, per question (0 = no answer stored). */
  readonly versions = this.versionsState.asReadonly();
  readonly statuses = this.statusState.asReadonly();
  readonly conflicts = this.conflictState.asReadonly();
  readonly conflictList = computed(() => Object.values(this.conflictState()));
  /** German message per question whose save was refused (validation, wave closed …). */
  readonly errors = this.errorState.asReadonly();
  /** `savedAt` of the last successful save. */
  readonly lastSavedAt = this.savedAtState.asReadonly();
  readonly state = computed<SaveState>(() => {
    const statuses = Object.values(this.statusState());
    for (const state of ['conflict', 'failed', 'retrying', 'saving'] as const) {
      if (statuses.includes(state)) return state;
    }
    return 'saved';
  });
  /** Something is not stored yet: warn before the page is left. */
  readonly pending = computed(() => Object.keys(this.statusState()).length > 0);

  constructor() {
    inject(DestroyRef, { optional: true })?.onDestroy(() => this.stop());
  }

  start(responseId: string, stored: StoredAnswers): void {
    this.stop();
    this.entries.clear();
    this.responseId = responseId;
    const answers: Record<string, AnswerValue> = {};
    const versions: Record<string, number> = {};
    for (const [code, answer] of Object.entries(stored)) {
      answers[code] = answer.value;
      versions[code] = answer.version;
    }
    this.answersState.set(answers);
    this.versionsState.set(versions);
    this.statusState.set({});
    this.conflictState.set({});
    this.errorState.set({});
  }

  /** The user changed an answer: shown at once, sent after the debounce. */
  change(questionCode: string, value: AnswerValue): void {
    const entry = this.entry(questionCode);
    entry.value = value;
    this.answersState.update((answers) => ({ ...answers, [questionCode]: value }));
    this.clearError(questionCode);
    const conflict = this.conflictState()[questionCode];
    if (conflict) {
      // Nothing is sent while the conflict is open; "mine" is what the user sees now.
      this.conflictState.update((all) => ({ ...all, [questionCode]: { ...conflict, mine: value } }));
      return;
    }
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      this.send(questionCode);
    }, this.options.debounceMs);
    if (!entry.operation) this.setStatus(questionCode, 'saving');
  }

  /** Sends debounced changes now (all questions, or one), e.g. before leaving the section. */
  flush(questionCode?: string): void {
    for (const [code, entry] of this.entries) {
      if (questionCode !== undefined && code !== questionCode) continue;
      if (!entry.timer) continue;
      clearTimeout(entry.timer);
      entry.timer = null;
      this.send(code);
    }
  }

  /**
   * Ends a conflict. `theirs`: the stored value wins and only the form changes. `mine`: the user's value is sent
   * again on top of the stored version, so it replaces the other one knowingly.
   */
  resolve(questionCode: string, choice: 'mine' | 'theirs'): void {
    const conflict = this.conflictState()[questionCode];
    if (!conflict) return;
    const entry = this.entry(questionCode);
    entry.version = conflict.theirs.version;
    this.versionsState.update((v) => ({ ...v, [questionCode]: conflict.theirs.version }));
    this.conflictState.update((all) => without(all, questionCode));
    if (choice === 'theirs') {
      entry.value = conflict.theirs.value;
      this.answersState.update((answers) => ({ ...answers, [questionCode]: conflict.theirs.value }));
      this.setStatus(questionCode, null);
    } else {
      entry.value = conflict.mine;
      this.setStatus(questionCode, 'saving');
      this.send(questionCode);
    }
  }

  private send(questionCode: string): void {
    const entry = this.entry(questionCode);
    if (entry.operation) {
      entry.sendAgain = true;
      return;
    }
    entry.operation = { operationId: crypto.randomUUID(), value: entry.value, baseVersion: entry.version };
    entry.attempt = 0;
    this.setStatus(questionCode, 'saving');
    this.attempt(questionCode, entry);
  }

  private attempt(questionCode: string, entry: Entry): void {
    const operation = entry.operation;
    if (!operation) return;
    this.api.saveAnswer(this.responseId, questionCode, operation).subscribe({
      next: (saved) => this.saved(questionCode, entry, saved),
      error: (error: unknown) => this.failed(questionCode, entry, operation, error),
    });
  }

  private saved(questionCode: string, entry: Entry, saved: SurveySavedAnswer): void {
    entry.operation = null;
    entry.version = saved.version;
    this.versionsState.update((v) => ({ ...v, [questionCode]: saved.version }));
    this.savedAtState.set(saved.savedAt);
    if (entry.sendAgain) {
      entry.sendAgain = false;
      this.send(questionCode);
    } else if (entry.timer) {
      this.setStatus(questionCode, 'saving');
    } else {
      this.setStatus(questionCode, null);
    }
  }

  private failed(questionCode: string, entry: Entry, operation: Operation, error: unknown): void {
    const body = error instanceof HttpErrorResponse ? (error.error as SurveyErrorBody<AnswerValue> | null) : null;
    const current = body?.code === 'ANSWER_CONFLICT' ? body.conflict?.current : undefined;
    if (current && current.savedAt !== null && sameAnswer(current.value, operation.value)) {
      // A colleague stored exactly this value meanwhile (both prefilled S1, say): nothing to choose between.
      this.saved(questionCode, entry, {
        questionCode,
        value: current.value,
        version: current.version,
        savedAt: current.savedAt,
        savedBy: current.savedBy,
      });
      return;
    }
    if (isRetryable(error)) {
      const delays = this.options.retryDelaysMs;
      const delay = delays[Math.min(entry.attempt, delays.length - 1)] ?? 1000;
      entry.attempt += 1;
      this.setStatus(questionCode, 'retrying');
      entry.retryTimer = setTimeout(() => {
        entry.retryTimer = null;
        this.attempt(questionCode, entry);
      }, delay);
      return;
    }
    entry.operation = null;
    entry.sendAgain = false;
    if (entry.timer) {
      clearTimeout(entry.timer);
      entry.timer = null;
    }
    if (current) {
      this.conflictState.update((all) => ({
        ...all,
        [questionCode]: { questionCode, mine: entry.value ?? operation.value, theirs: current },
      }));
      this.setStatus(questionCode, 'conflict');
      return;
    }
    const description = describeSurveyError(error);
    this.errorState.update((all) => ({
      ...all,
      [questionCode]: description.fields[questionCode] ?? description.message,
    }));
    this.setStatus(questionCode, 'failed');
  }

  private stop(): void {
    for (const entry of this.entries.values()) {
      if (entry.retryTimer) clearTimeout(entry.retryTimer);
      entry.retryTimer = null;
    }
    // Debounced changes are sent rather than dropped when the page goes away.
    this.flush();
  }

  private entry(questionCode: string): Entry {
    let entry = this.entries.get(questionCode);
    if (!entry) {
      const value = this.answersState()[questionCode] ?? UNSTORED;
      entry = {
        value: value === UNSTORED ? null : value,
        version: this.versionsState()[questionCode] ?? 0,
        timer: null,
        operation: null,
        retryTimer: null,
        attempt: 0,
        sendAgain: false,
      };
      this.entries.set(questionCode, entry);
    }
    return entry;
  }

  private setStatus(questionCode: string, status: QuestionSaveStatus | null): void {
    this.statusState.update((all) => (status ? { ...all, [questionCode]: status } : without(all, questionCode)));
  }

  private clearError(questionCode: string): void {
    if (this.errorState()[questionCode] === undefined) return;
    this.errorState.update((all) => without(all, questionCode));
    if (this.statusState()[questionCode] === 'failed') this.setStatus(questionCode, null);
  }
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Offline, timeouts, 5xx and 429: worth the same request again later. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return false;
  return error.status === 0 || error.status >= 500 || error.status === 429;
}

/** The German text of the page's save state for the live region. */
export function saveStateText(state: SaveState): string {
  switch (state) {
    case 'saved':
      return $localize`:Save state@@surveys.save.saved:Gespeichert`;
    case 'saving':
      return $localize`:Save state@@surveys.save.saving:Wird gespeichert …`;
    case 'retrying':
      return $localize`:Save state@@surveys.save.retrying:Nicht gespeichert – neuer Versuch …`;
    case 'conflict':
      return $localize`:Save state@@surveys.save.conflict:Nicht gespeichert – eine Antwort wurde inzwischen von jemand anderem geändert.`;
    case 'failed':
      return $localize`:Save state@@surveys.save.failed:Nicht gespeichert – bitte prüfen Sie die markierten Antworten.`;
  }
}

/** Two answer values are the same answer: equal JSON, whatever the order of object keys. */
export function sameAnswer(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
