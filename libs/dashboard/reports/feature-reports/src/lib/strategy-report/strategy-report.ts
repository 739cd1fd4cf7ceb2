import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import type { StrategyDocument } from '@digitalcheck/shared-contracts';
import { of, switchMap } from 'rxjs';
import { ReportFrame } from '../report-frame/report-frame';
import { levelText, points, reportDay } from '../report-format';
import { PART_LOADING, type ReportPart, part } from '../report-loading';
import { StrategyDocumentApi } from './strategy-document-api';
import { euroText, periodText } from './strategy-report-format';

/**
 * The region's Digitalstrategie draft (`/bericht/strategie/:responseId`), printed to PDF by the API: the same
 * sections as the DOCX from the same API model (Ausgangslage, Handlungsfelder, Maßnahmen, Zeitplan,
 * Verantwortlichkeiten). Everything users typed appears through interpolation only.
 */
@Component({
  selector: 'dc-strategy-report',
  imports: [ReportFrame],
  templateUrl: './strategy-report.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyReport {
  private readonly api = inject(StrategyDocumentApi);
  private readonly route = inject(ActivatedRoute);

  protected readonly points = points;
  protected readonly levelText = levelText;
  protected readonly euro = euroText;
  protected readonly period = periodText;
  protected readonly day = reportDay(new Date());

  protected readonly data = toSignal(
    of(this.route.snapshot.paramMap.get('responseId') ?? '').pipe(switchMap((id) => part(this.api.document(id)))),
    { initialValue: PART_LOADING as ReportPart<StrategyDocument> },
  );

  protected readonly loaded = computed(() => this.data().kind === 'loaded');
  protected readonly failed = computed(() => {
    const data = this.data();
    return data.kind === 'failed' ? data.message : null;
  });
  protected readonly document = computed(() => {
    const data = this.data();
    return data.kind === 'loaded' ? data.value : null;
  });

  protected readonly heading = computed(() => {
    const name = this.document()?.regionName;
    return name
      ? $localize`:Strategy report title@@reports.strategy.title:Digitalstrategie ${name}:region:`
      : $localize`:Strategy report title while loading@@reports.strategy.titleLoading:Digitalstrategie`;
  });

  protected readonly lead = computed(() => {
    const document = this.document();
    const stand = document?.savedAt
      ? $localize`:Strategy draft state@@reports.strategy.saved:Entwurf, Stand ${reportDay(new Date(document.savedAt))}:date: (Version ${document.version}:version:)`
      : $localize`:Strategy draft state@@reports.strategy.unsaved:Entwurf, noch nicht gespeichert`;
    return [document?.waveTitle ?? '', stand, $localize`:Report date@@reports.date:Stand: ${this.day}:date:`]
      .filter(Boolean)
      .join(' · ');
  });
}
