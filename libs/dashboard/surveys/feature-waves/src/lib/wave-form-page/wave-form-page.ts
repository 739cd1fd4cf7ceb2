import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type ErrorDescription, SessionStore, errorMessageFor } from '@digitalcheck/dashboard-accounts-data-access';
import { ErrorSummary, FieldError, type FieldProblem } from '@digitalcheck/dashboard-accounts-ui-forms';
import { QuestionnairesApi } from '@digitalcheck/dashboard-questionnaires-data-access';
import { RegionSearchStore, RegionsApi } from '@digitalcheck/dashboard-regions-data-access';
import { RegionPicker } from '@digitalcheck/dashboard-regions-ui-region-picker';
import {
  type WaveFormField,
  WavesApi,
  describeWaveError,
  regionSelectorLabel,
  waveFieldErrorMessage,
} from '@digitalcheck/dashboard-surveys-data-access';
import type {
  RegionSummary,
  WaveCreateRequest,
  WaveDetail,
  WaveRegionSelector,
  WaveUpdateRequest,
} from '@digitalcheck/shared-contracts';
import { type Observable, catchError, forkJoin, map, of, startWith, switchMap } from 'rxjs';
import { dayAfter, formatGermanDate, lastDay, parseGermanDate, startOfDay } from '../german-date';
import { type PublishedVersion, publishedVersions, versionKey } from '../questionnaire-label';

type Level = WaveRegionSelector['level'];
type FormField = Exclude<WaveFormField, 'reason'>;

export const WAVE_LEVELS: readonly Level[] = ['KREIS', 'GEMEINDEVERBAND', 'GEMEINDE'];

const IDS: Record<FormField, string> = {
  title: 'dc-wave-title',
  questionnaire: 'dc-wave-questionnaire',
  regions: 'dc-wave-regions',
  startsAt: 'dc-wave-starts',
  endsAt: 'dc-wave-ends',
};
const FIELD_ORDER: readonly FormField[] = ['title', 'questionnaire', 'regions', 'startsAt', 'endsAt'];
const TITLE_MAX = 200;

interface LandOption {
  ars: string;
  name: string;
}

type PageState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  /** Editing a wave that has started (or that the caller does not manage). */
  | { kind: 'locked'; wave: WaveDetail };

/**
 * "Neue Befragung" and "Befragung bearbeiten" (until its start): title, a published questionnaire version, the
 * invited regions as whole levels of a Land ("alle Kreise in Rheinland-Pfalz") plus single regions, and the first
 * and last day as TT.MM.JJJJ. Checks run on submit; messages sit at their fields and in a summary above the form,
 * the server's 400 field errors included.
 */
@Component({
  selector: 'dc-wave-form-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, FieldError, RegionPicker],
  providers: [RegionSearchStore],
  templateUrl: './wave-form-page.html',
  styleUrl: './wave-form-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WaveFormPage {
  private readonly api = inject(WavesApi);
  private readonly regionsApi = inject(RegionsApi);
  private readonly questionnaires = inject(QuestionnairesApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly search = inject(RegionSearchStore);

  protected readonly ids = IDS;
  protected readonly waveId = inject(ActivatedRoute).snapshot.paramMap.get('waveId');
  protected readonly editing = this.waveId !== null;
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly wave = signal<WaveDetail | null>(null);
  protected readonly versions = signal<PublishedVersion[]>([]);
  protected readonly lands = signal<LandOption[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [''],
    questionnaire: [''],
    land: [''],
    KREIS: [false],
    GEMEINDEVERBAND: [false],
    GEMEINDE: [false],
    /** Editing: replace the invited regions (otherwise they stay as they are). */
    changeRegions: [false],
    startsAt: [''],
    endsAt: [''],
  });
  private readonly land = toSignal(this.form.controls.land.valueChanges, { initialValue: '' });
  protected readonly regionsEditable = toSignal(
    this.form.controls.changeRegions.valueChanges.pipe(map((change) => !this.editing || change)),
    { initialValue: !this.editing },
  );
  protected readonly landName = computed(() => this.lands().find((l) => l.ars === this.land())?.name ?? '');

  /** Regions per level in the chosen Land (null while loading or unknown): levels without any are not offered. */
  private readonly counts = toSignal(
    this.form.controls.land.valueChanges.pipe(switchMap((land) => this.levelCounts(land))),
    { initialValue: null },
  );
  protected readonly levels = computed(() => {
    const land = this.land();
    const counts = this.counts();
    const name = this.landName();
    if (!land) return [];
    return WAVE_LEVELS.filter((level) => !counts || (counts[level] ?? 0) > 0).map((level) => ({
      level,
      id: `dc-wave-level-${level}`,
      label: regionSelectorLabel({ landArs: land, level }, name),
      count: counts?.[level] ?? null,
    }));
  });

  /** Single invited regions, chosen with the picker. */
  protected readonly singles = signal<RegionSummary[]>([]);
  /** Picker results the caller may invite: no Länder, and for analysts only regions of their Länder. */
  protected readonly pickable = computed(() => {
    const lands = this.session.isAdmin() ? null : new Set(this.lands().map((l) => l.ars));
    return this.search.results().filter((r) => r.level !== 'LAND' && (!lands || lands.has(r.landArs)));
  });
  protected readonly pickableTotal = computed(() => {
    const total = this.search.total();
    return total === null ? null : total - (this.search.results().length - this.pickable().length);
  });

  protected readonly submitting = signal(false);
  protected readonly error = signal<ErrorDescription | null>(null);
  protected readonly problems = computed<FieldProblem[]>(() => {
    const fields = this.error()?.fields ?? {};
    return FIELD_ORDER.filter((f) => fields[f]).map((f) => ({ id: IDS[f], message: fields[f] }));
  });

  /** The date texts as loaded, to send only what was changed (a wave may start at a time of day). */
  private initialDates = { startsAt: '', endsAt: '' };

  constructor() {
    forkJoin([this.loadVersions(), this.loadLands(), this.waveId ? this.api.get(this.waveId) : of(null)])
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: ([versions, lands, wave]) => {
          this.versions.set(versions);
          this.lands.set(lands);
          if (wave && (!wave.manageable || wave.status !== 'scheduled')) {
            this.wave.set(wave);
            this.state.set({ kind: 'locked', wave });
            return;
          }
          const own = wave && lands.some((l) => l.ars === wave.landArs) ? wave.landArs : null;
          this.form.controls.land.setValue(own ?? (lands.length === 1 ? lands[0].ars : ''));
          if (wave) this.fill(wave);
          else if (versions.length > 0) this.form.controls.questionnaire.setValue(versions[0].key);
          this.state.set({ kind: 'ready' });
        },
        error: (error: unknown) => this.state.set({ kind: 'failed', message: describeWaveError(error).message }),
      });
  }

  protected fieldError(field: FormField): string | null {
    return this.error()?.fields[field] ?? null;
  }

  /** `aria-describedby` of a field: its hint and, when there is one, its error. */
  protected describedBy(field: FormField, hint = false): string | null {
    const ids = [hint ? `${IDS[field]}-hint` : '', this.fieldError(field) ? `${IDS[field]}-error` : ''];
    return ids.filter(Boolean).join(' ') || null;
  }

  protected addRegion(region: RegionSummary): void {
    this.singles.update((list) => (list.some((r) => r.ars === region.ars) ? list : [...list, region]));
  }

  protected removeRegion(region: RegionSummary): void {
    this.singles.update((list) => list.filter((r) => r.ars !== region.ars));
  }

  protected submit(): void {
    if (this.submitting()) return;
    const checked = this.check();
    if ('fields' in checked) {
      this.error.set({
        code: 'VALIDATION_FAILED',
        message: errorMessageFor('VALIDATION_FAILED'),
        fields: checked.fields,
      });
      return;
    }
    this.submitting.set(true);
    const wave = this.wave();
    const request$ = wave
      ? this.api.update(wave.id, checked.request)
      : this.api.create(checked.request as WaveCreateRequest);
    request$.subscribe({
      next: (saved) => {
        this.submitting.set(false);
        void this.router.navigate(['/verwaltung/befragungen', saved.id], {
          state: { notice: wave ? 'updated' : 'created' },
        });
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(describeWaveError(error));
      },
    });
  }

  /** The request, or German messages per field. */
  private check(): { request: WaveCreateRequest | WaveUpdateRequest } | { fields: Record<string, string> } {
    const value = this.form.getRawValue();
    const fields: Record<string, string> = {};
    const message = (field: string, code: string) => waveFieldErrorMessage({ field, code });
    const title = value.title.trim();
    if (!title || title.length > TITLE_MAX) fields['title'] = message('title', 'length');
    const version = this.versions().find((v) => v.key === value.questionnaire);
    if (!version) fields['questionnaire'] = message('questionnaireVersion', 'isInt');

    const selectors: WaveRegionSelector[] = value.land
      ? this.levels()
          .filter((l) => value[l.level])
          .map((l) => ({ landArs: value.land, level: l.level }))
      : [];
    const regionArs = this.singles().map((r) => r.ars);
    if (this.regionsEditable() && selectors.length === 0 && regionArs.length === 0) {
      fields['regions'] = message('regionArs', 'noRegions');
    }

    const startChanged = value.startsAt.trim() !== this.initialDates.startsAt;
    const endChanged = value.endsAt.trim() !== this.initialDates.endsAt;
    const start = parseGermanDate(value.startsAt);
    const end = parseGermanDate(value.endsAt);
    if (!start) fields['startsAt'] = message('startsAt', 'isIso8601');
    else if (startChanged && start < startOfDay(new Date())) fields['startsAt'] = message('startsAt', 'inPast');
    if (!end) fields['endsAt'] = message('endsAt', 'isIso8601');
    else if (start && end < start) fields['endsAt'] = message('endsAt', 'notAfterStart');
    if (Object.keys(fields).length > 0 || !start || !end || !version) return { fields };

    const request: WaveUpdateRequest = { title };
    const wave = this.wave();
    if (!wave || versionKey(wave.questionnaireId, wave.questionnaireVersion) !== version.key) {
      request.questionnaireId = version.questionnaireId;
      request.questionnaireVersion = version.version;
    }
    if (this.regionsEditable()) {
      if (selectors.length > 0) request.selectors = selectors;
      if (regionArs.length > 0) request.regionArs = regionArs;
    }
    if (!wave || startChanged) request.startsAt = start.toISOString();
    if (!wave || endChanged) request.endsAt = dayAfter(end).toISOString();
    return { request };
  }

  /** Editing a scheduled wave: its values, and the dates as they were (to send only what changed). */
  private fill(wave: WaveDetail): void {
    this.wave.set(wave);
    const key = versionKey(wave.questionnaireId, wave.questionnaireVersion);
    if (!this.versions().some((v) => v.key === key)) {
      this.versions.update((list) => [
        ...list,
        { key, questionnaireId: wave.questionnaireId, version: wave.questionnaireVersion, label: key },
      ]);
    }
    this.initialDates = {
      startsAt: formatGermanDate(new Date(wave.startsAt)),
      endsAt: formatGermanDate(lastDay(wave.endsAt)),
    };
    this.form.patchValue({ title: wave.title, questionnaire: key, ...this.initialDates });
  }

  private loadVersions(): Observable<PublishedVersion[]> {
    return this.questionnaires.list().pipe(map(publishedVersions));
  }

  /** Admins may choose any Land; analysts their own (from the session). */
  private loadLands(): Observable<LandOption[]> {
    if (this.session.isAdmin()) {
      return this.regionsApi
        .list({ level: 'LAND', limit: 50 })
        .pipe(map((page) => page.items.map((r) => ({ ars: r.ars, name: r.name }))));
    }
    const lands = this.session
      .scopes()
      .filter((s) => s.role === 'STATE_ANALYST' && s.regionArs)
      .map((s) => ({ ars: s.regionArs as string, name: s.regionName ?? (s.regionArs as string) }));
    return of(lands);
  }

  private levelCounts(land: string): Observable<Partial<Record<Level, number>> | null> {
    if (!land) return of(null);
    return forkJoin(
      WAVE_LEVELS.map((level) => this.regionsApi.list({ level, land, limit: 1 }).pipe(map((page) => page.total))),
    ).pipe(
      map((totals): Partial<Record<Level, number>> | null =>
        Object.fromEntries(WAVE_LEVELS.map((level, i) => [level, totals[i]])),
      ),
      catchError(() => of(null)),
      startWith<Partial<Record<Level, number>> | null>(null),
    );
  }
}
