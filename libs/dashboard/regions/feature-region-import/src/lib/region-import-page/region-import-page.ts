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
import { RegionsApi } from '@digitalcheck/dashboard-regions-data-access';
import type { RegionImportReport } from '@digitalcheck/shared-contracts';
import {
  REPORT_ROW_LIMIT,
  appliedMessage,
  applyHint,
  canApply,
  changeRows,
  formatCount,
  importErrorMessage,
  truncationNote,
} from '../import-report';

/** A problem shown in the error summary; `field` when it is about the file input. */
interface Problem {
  message: string;
  /** The server's own (English) explanation of a file error. */
  detail: string | null;
  field: boolean;
}

/**
 * "Regionen importieren" (ADMIN): choose a Destatis CSV or a GeoJSON file, "Prüfen" sends it as a dry run and shows
 * the report (counts, invalid, new and changed rows), "Importieren" applies it; only possible after a dry run
 * without invalid rows that changes something. All or nothing, as the API.
 */
@Component({
  selector: 'dc-region-import-page',
  templateUrl: './region-import-page.html',
  styleUrl: './region-import-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionImportPage {
  private readonly api = inject(RegionsApi);
  private readonly injector = inject(Injector);

  protected readonly file = signal<File | null>(null);
  /** The dry-run report of the chosen file. */
  protected readonly report = signal<RegionImportReport | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal('');

  protected readonly canApply = computed(() => canApply(this.report()) && !this.busy());
  protected readonly applyHint = computed(() => applyHint(this.report()));
  protected readonly describedBy = computed(() =>
    this.problem()?.field ? 'dc-import-file-hint dc-import-file-error' : 'dc-import-file-hint',
  );

  protected readonly accept = '.csv,.geojson,.json';
  protected readonly limit = REPORT_ROW_LIMIT;
  protected readonly count = formatCount;
  protected readonly truncationNote = truncationNote;
  protected readonly changes = computed(() => {
    const report = this.report();
    return report ? changeRows(report) : [];
  });

  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');
  private readonly reportBox = viewChild<ElementRef<HTMLElement>>('reportBox');
  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    // A new file needs a new dry run.
    this.report.set(null);
    this.problem.set(null);
    this.notice.set('');
  }

  /** Step 1: dry run. */
  protected check(event?: Event): void {
    event?.preventDefault();
    const file = this.file();
    this.notice.set('');
    if (!file) {
      this.report.set(null);
      this.showProblem({
        message: $localize`:Field error@@regionImport.error.noFile:Bitte wählen Sie eine Datei aus.`,
        detail: null,
        field: true,
      });
      return;
    }
    this.problem.set(null);
    this.busy.set(true);
    this.api.importRegions(file, file.name, true).subscribe({
      next: (report) => {
        this.busy.set(false);
        this.report.set(report);
        if (report.fileError !== null) {
          this.showProblem({
            message: $localize`:File error of the import@@regionImport.error.file:Die Datei kann nicht gelesen werden. Es wurde nichts importiert.`,
            detail: report.fileError,
            field: true,
          });
        } else {
          this.focusAfterRender(this.reportBox);
        }
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** Step 2: apply the checked file. */
  protected apply(): void {
    const file = this.file();
    if (!file || !this.canApply()) return;
    this.problem.set(null);
    this.notice.set('');
    this.busy.set(true);
    this.api.importRegions(file, file.name, false).subscribe({
      next: (report) => {
        this.busy.set(false);
        // The applied report replaces the dry run, so "Importieren" is not offered twice.
        this.report.set(report);
        if (report.fileError !== null || report.invalid.length > 0) {
          this.showProblem({
            message: $localize`:Error when applying the import@@regionImport.error.changedMeanwhile:Der Import wurde abgelehnt. Es wurde nichts importiert. Prüfen Sie die Datei erneut.`,
            detail: report.fileError,
            field: false,
          });
          return;
        }
        this.notice.set(appliedMessage(report));
        this.focusAfterRender(this.noticeBox);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected focusInput(event: Event): void {
    event.preventDefault();
    document.getElementById('dc-import-file')?.focus();
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.showProblem({ message: importErrorMessage(error), detail: null, field: false });
  }

  private showProblem(problem: Problem): void {
    this.problem.set(problem);
    this.focusAfterRender(this.errorBox);
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
