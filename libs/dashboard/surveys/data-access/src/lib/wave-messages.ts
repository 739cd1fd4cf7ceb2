import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorBody, describeError } from '@digitalcheck/dashboard-accounts-data-access';
import type { ErrorDescription } from '@digitalcheck/dashboard-accounts-data-access';
import type { ApiFieldError, ParticipationState, WaveRegionSelector, WaveStatus } from '@digitalcheck/shared-contracts';

/** The fields of the wave forms that server field errors are shown at. */
export type WaveFormField = 'title' | 'questionnaire' | 'regions' | 'startsAt' | 'endsAt' | 'reason';

/** Which form field a server field path (`selectors.0.level`, `questionnaireVersion`, …) belongs to. */
export function waveFormField(path: string): WaveFormField | null {
  const head = path.split('.')[0];
  switch (head) {
    case 'title':
    case 'startsAt':
    case 'endsAt':
    case 'reason':
      return head;
    case 'questionnaireId':
    case 'questionnaireVersion':
      return 'questionnaire';
    case 'regionArs':
    case 'selectors':
      return 'regions';
    default:
      return null;
  }
}

/** German message for one violated rule of a wave request field (class-validator codes and the API's own). */
export function waveFieldErrorMessage(error: Pick<ApiFieldError, 'field' | 'code'>): string {
  switch (waveFormField(error.field)) {
    case 'title':
      return $localize`:Wave field error@@waves.field.title:Bitte geben Sie einen Titel ein (höchstens 200 Zeichen).`;
    case 'questionnaire':
      if (error.code === 'notPublished')
        return $localize`:Wave field error@@waves.field.questionnaire.notPublished:Diese Version des Fragebogens ist nicht veröffentlicht. Bitte wählen Sie eine veröffentlichte Version.`;
      return $localize`:Wave field error@@waves.field.questionnaire:Bitte wählen Sie eine veröffentlichte Version des Fragebogens.`;
    case 'regions':
      return regionsMessage(error);
    case 'startsAt':
      if (error.code === 'inPast')
        return $localize`:Wave field error@@waves.field.startsAt.inPast:Der Beginn darf nicht vor heute liegen.`;
      return $localize`:Wave field error@@waves.field.startsAt:Bitte geben Sie den Beginn als Datum ein, zum Beispiel 01.03.2026.`;
    case 'endsAt':
      if (error.code === 'notAfterStart')
        return $localize`:Wave field error@@waves.field.endsAt.notAfterStart:Das Ende darf nicht vor dem Beginn liegen.`;
      if (error.code === 'notLater')
        return $localize`:Wave field error@@waves.field.endsAt.notLater:Das neue Ende muss nach dem bisherigen Ende und nach heute liegen.`;
      return $localize`:Wave field error@@waves.field.endsAt:Bitte geben Sie das Ende als Datum ein, zum Beispiel 30.06.2026.`;
    case 'reason':
      return $localize`:Wave field error@@waves.field.reason:Bitte geben Sie einen Grund an (höchstens 1.000 Zeichen).`;
    default:
      return $localize`:Wave field error@@waves.field.other:Bitte prüfen Sie diese Angabe.`;
  }
}

function regionsMessage(error: Pick<ApiFieldError, 'field' | 'code'>): string {
  switch (error.code) {
    case 'noRegions':
      return error.field.startsWith('selectors.')
        ? $localize`:Wave field error@@waves.field.regions.emptySelector:Auf dieser Ebene gibt es in diesem Land keine Regionen. Bitte wählen Sie eine andere Ebene.`
        : $localize`:Wave field error@@waves.field.regions.none:Bitte wählen Sie mindestens eine Ebene oder eine einzelne Region aus.`;
    case 'severalLands':
      return $localize`:Wave field error@@waves.field.regions.severalLands:Eine Befragung des Landes umfasst nur Regionen eines Landes.`;
    case 'unknownRegion':
      return $localize`:Wave field error@@waves.field.regions.unknown:Eine der gewählten Regionen ist nicht bekannt.`;
    case 'landNotAllowed':
      return $localize`:Wave field error@@waves.field.regions.land:Bitte laden Sie Kreise, Gemeindeverbände oder Gemeinden ein, kein ganzes Land.`;
    default:
      return $localize`:Wave field error@@waves.field.regions:Bitte prüfen Sie die gewählten Regionen.`;
  }
}

/**
 * Like describeError, for the wave management pages: the wave and response status codes in German, and the
 * field errors keyed by form field (`title`, `questionnaire`, `regions`, `startsAt`, `endsAt`, `reason`).
 */
export function describeWaveError(error: unknown): ErrorDescription {
  const body = apiErrorBody(error);
  const base = describeError(error);
  if (!body || (error instanceof HttpErrorResponse && error.status >= 500)) return base;
  const fields: Record<string, string> = {};
  for (const fieldError of body.errors ?? []) {
    const field = waveFormField(fieldError.field);
    if (field) fields[field] ??= waveFieldErrorMessage(fieldError);
  }
  return { code: base.code, message: waveErrorMessage(body.code) ?? base.message, fields };
}

function waveErrorMessage(code: string): string | null {
  switch (code) {
    case 'WAVE_STARTED':
      return $localize`:Wave error@@waves.error.started:Die Befragung hat bereits begonnen. Sie kann nur noch verlängert oder geschlossen werden.`;
    case 'WAVE_CLOSED':
      return $localize`:Wave error@@waves.error.closed:Die Befragung ist geschlossen und kann nicht mehr geändert werden.`;
    case 'WAVE_NOT_OPEN':
      return $localize`:Wave error@@waves.error.notOpen:Die Befragung hat noch nicht begonnen.`;
    case 'RESPONSE_STATUS':
      return $localize`:Wave error@@waves.error.responseStatus:Der Stand dieser Selbsteinschätzung hat sich inzwischen geändert. Bitte laden Sie die Seite neu.`;
    default:
      return null;
  }
}

/** The status of a wave as the managing pages show it: "geplant", "läuft", "geschlossen". */
export function managedWaveStatusLabel(status: WaveStatus): string {
  switch (status) {
    case 'scheduled':
      return $localize`:Wave status for analysts@@waves.status.scheduled:geplant`;
    case 'open':
      return $localize`:Wave status for analysts@@waves.status.open:läuft`;
    case 'closed':
      return $localize`:Wave status for analysts@@waves.status.closed:geschlossen`;
  }
}

/** The state of one invited region in a wave. */
export function participationStateLabel(state: ParticipationState): string {
  switch (state) {
    case 'notStarted':
      return $localize`:Participation state@@waves.state.notStarted:nicht begonnen`;
    case 'started':
      return $localize`:Participation state@@waves.state.started:in Bearbeitung`;
    case 'submitted':
      return $localize`:Participation state@@waves.state.submitted:abgesendet`;
    case 'reopened':
      return $localize`:Participation state@@waves.state.reopened:wieder geöffnet`;
    case 'published':
      return $localize`:Participation state@@waves.state.published:veröffentlicht`;
  }
}

/** "12 von 36 abgesendet". */
export function submittedText(submitted: number, invited: number): string {
  return $localize`:Participation, n of N submitted@@waves.participation.submitted:${submitted}:n: von ${invited}:total: abgesendet`;
}

/** "20 von 36 begonnen". */
export function startedText(started: number, invited: number): string {
  return $localize`:Participation, n of N started@@waves.participation.started:${started}:n: von ${invited}:total: begonnen`;
}

/**
 * "alle Kreise in Rheinland-Pfalz". The Gemeindeverband level is called by its Land's name for it where the
 * product knows one (Rheinland-Pfalz: Verbandsgemeinden).
 */
export function regionSelectorLabel(selector: WaveRegionSelector, landName: string): string {
  switch (selector.level) {
    case 'KREIS':
      return $localize`:Wave region selector@@waves.selector.kreis:alle Kreise in ${landName}:land:`;
    case 'GEMEINDEVERBAND':
      return selector.landArs === '07'
        ? $localize`:Wave region selector@@waves.selector.vg:alle Verbandsgemeinden in ${landName}:land:`
        : $localize`:Wave region selector@@waves.selector.gv:alle Gemeindeverbände in ${landName}:land:`;
    case 'GEMEINDE':
      return $localize`:Wave region selector@@waves.selector.gemeinde:alle Gemeinden in ${landName}:land:`;
  }
}
