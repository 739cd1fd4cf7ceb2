import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { QuestionnairesApi } from '@digitalcheck/dashboard-questionnaires-data-access';
import type { ApiFieldError, QuestionnaireSummary } from '@digitalcheck/shared-contracts';
import {
  diffStatusLabel,
  diffSummary,
  importOutcomeMessage,
  invalidJsonMessage,
  publishOutcomeMessage,
  requestErrorMessage,
  validationErrors,
  validationSummary,
  versionStatusLabel,
} from '../admin-labels';

type ListState = { kind: 'loading' } | { kind: 'loaded'; items: QuestionnaireSummary[] } | { kind: 'failed' };

/** One version row of the table, prepared for the template. */
interface VersionRow {
  version: number;
  title: string;
  status: 'draft' | 'published';
  publishedAt: string | null;
  /** The next lower version, for the diff of a draft. */
  predecessor: number | null;
}

interface PublishTarget {
  id: string;
  title: string;
  version: number;
}

/** What went wrong with the import; `field` when it is about the file itself (linked to the input). */
interface ImportProblem {
  message: string;
  /** The parser's own (English) message. */
  detail: string | null;
  /** The server's validation report. */
  errors: ApiFieldError[] | null;
  field: boolean;
}

type DiffView = ReturnType<typeof diffSummary>;
type DiffState = { kind: 'loading' } | { kind: 'loaded'; view: DiffView } | { kind: 'failed' };

/** A diff panel: questionnaire, draft version and its predecessor. */
interface OpenDiff {
  id: string;
  from: number;
  to: number;
}

/** Reads a file as text (UTF-8). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * "Fragebögen verwalten" (ADMIN): every questionnaire with its versions and their status, "Veröffentlichen" for a
 * draft after a confirmation (a published version never changes), the import of a definition file (parsed here, so
 * a JSON syntax error is shown with its line and column; the server's validation report as a table), and for a
 * draft the summary of its changes against the previous version.
 */
@Component({
  selector: 'dc-questionnaire-admin-page',
  imports: [DatePipe],
  templateUrl: './questionnaire-admin-page.html',
  styleUrl: './questionnaire-admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionnaireAdminPage {
  private readonly api = inject(QuestionnairesApi);
  private readonly injector = inject(Injector);

  protected readonly accept = '.json,application/json';
  protected readonly statusLabel = versionStatusLabel;
  protected readonly diffStatusLabel = diffStatusLabel;

  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly questionnaires = computed(() => {
    const state = this.state();
    if (state.kind !== 'loaded') return null;
    return state.items.map((questionnaire) => ({ questionnaire, versions: versionRows(questionnaire) }));
  });

  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly actionError = signal<string | null>(null);
  protected readonly publishing = signal<PublishTarget | null>(null);

  protected readonly file = signal<File | null>(null);
  protected readonly importProblem = signal<ImportProblem | null>(null);
  protected readonly describedBy = computed(() => {
    const problem = this.importProblem();
    if (!problem) return 'dc-definition-file-hint';
    return problem.field
      ? 'dc-definition-file-hint dc-definition-file-error'
      : 'dc-definition-file-hint dc-import-problem';
  });

  protected readonly openDiff = signal<OpenDiff | null>(null);
  protected readonly diff = signal<DiffState>({ kind: 'loading' });
  protected readonly diffView = computed(() => {
    const diff = this.diff();
    return diff.kind === 'loaded' ? diff.view : null;
  });

  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');
  private readonly actionErrorBox = viewChild<ElementRef<HTMLElement>>('actionErrorBox');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly confirmBox = viewChild<ElementRef<HTMLElement>>('confirmBox');
  private readonly diffBox = viewChild<ElementRef<HTMLElement>>('diffBox');

  constructor() {
    this.load();
  }

  protected load(): void {
    this.api.list().subscribe({
      next: (items) => this.state.set({ kind: 'loaded', items }),
      error: () => this.state.set({ kind: 'failed' }),
    });
  }

  protected publishButtonId(id: string, version: number): string {
    return `dc-publish-${id}-${version}`;
  }

  protected diffButtonId(id: string, version: number): string {
    return `dc-diff-${id}-${version}`;
  }

  // --- publish -------------------------------------------------------------------------------------------------

  protected askPublish(questionnaire: QuestionnaireSummary, row: VersionRow): void {
    this.clearMessages();
    this.publishing.set({ id: questionnaire.id, title: row.title, version: row.version });
    this.focusAfterRender(this.confirmBox);
  }

  protected confirmHeading(target: PublishTarget): string {
    return $localize`:Confirm heading@@questionnaireAdmin.publish.confirmHeading:Version ${target.version}:version: von „${target.title}:title:“ veröffentlichen?`;
  }

  protected cancelPublish(): void {
    const target = this.publishing();
    this.publishing.set(null);
    if (target) {
      const id = this.publishButtonId(target.id, target.version);
      afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
    }
  }

  protected publish(): void {
    const target = this.publishing();
    if (!target || this.busy()) return;
    this.busy.set(true);
    this.api.publish(target.id, target.version).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.publishing.set(null);
        this.showNotice(publishOutcomeMessage(result.outcome, target.title, target.version));
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.publishing.set(null);
        this.actionError.set(requestErrorMessage(error));
        this.focusAfterRender(this.actionErrorBox);
      },
    });
  }

  // --- import --------------------------------------------------------------------------------------------------

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.importProblem.set(null);
  }

  protected async importFile(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy()) return;
    this.clearMessages();
    const file = this.file();
    if (!file) {
      this.showProblem({
        message: $localize`:Field error@@questionnaireAdmin.import.noFile:Bitte wählen Sie eine JSON-Datei aus.`,
        detail: null,
        errors: null,
        field: true,
      });
      return;
    }
    this.busy.set(true);
    let text: string;
    try {
      text = await readText(file);
    } catch {
      this.busy.set(false);
      this.showProblem({
        message: $localize`:Field error@@questionnaireAdmin.import.unreadable:Die Datei konnte nicht gelesen werden. Bitte wählen Sie sie erneut aus.`,
        detail: null,
        errors: null,
        field: true,
      });
      return;
    }
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch (error) {
      this.busy.set(false);
      const parserMessage = error instanceof Error ? error.message : String(error);
      this.showProblem({
        message: invalidJsonMessage(parserMessage, text),
        detail: text.trim() === '' ? null : parserMessage,
        errors: null,
        field: true,
      });
      return;
    }
    this.api.importDefinition(definition).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.showNotice(importOutcomeMessage(result));
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const errors = validationErrors(error);
        this.showProblem(
          errors
            ? { message: validationSummary(errors.length), detail: null, errors, field: false }
            : { message: requestErrorMessage(error), detail: null, errors: null, field: false },
        );
      },
    });
  }

  protected focusInput(event: Event): void {
    event.preventDefault();
    document.getElementById('dc-definition-file')?.focus();
  }

  // --- diff ----------------------------------------------------------------------------------------------------

  protected isDiffOpen(id: string, version: number): boolean {
    const open = this.openDiff();
    return open !== null && open.id === id && open.to === version;
  }

  protected toggleDiff(id: string, row: VersionRow): void {
    if (row.predecessor === null) return;
    if (this.isDiffOpen(id, row.version)) {
      this.openDiff.set(null);
      return;
    }
    const open = { id, from: row.predecessor, to: row.version };
    this.openDiff.set(open);
    this.diff.set({ kind: 'loading' });
    this.api.diff(id, open.from, open.to).subscribe({
      next: (response) =>
        this.diff.set({ kind: 'loaded', view: diffSummary(response.diff, response.comparableQuestions.length) }),
      error: () => this.diff.set({ kind: 'failed' }),
    });
    this.focusAfterRender(this.diffBox);
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  private clearMessages(): void {
    this.notice.set('');
    this.actionError.set(null);
  }

  private showNotice(message: string): void {
    this.notice.set(message);
    this.focusAfterRender(this.noticeBox);
  }

  private showProblem(problem: ImportProblem): void {
    this.importProblem.set(problem);
    this.focusAfterRender(this.problemBox);
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}

/** Newest version first; each with its next lower version. */
function versionRows(questionnaire: QuestionnaireSummary): VersionRow[] {
  const ascending = [...questionnaire.versions].sort((a, b) => a.version - b.version);
  return ascending
    .map((version, index) => ({
      version: version.version,
      title: version.title,
      status: version.status,
      publishedAt: version.publishedAt,
      predecessor: index > 0 ? ascending[index - 1].version : null,
    }))
    .reverse();
}
