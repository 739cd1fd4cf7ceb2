import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorBody, describeError } from '@digitalcheck/dashboard-accounts-data-access';
import type { ErrorDescription } from '@digitalcheck/dashboard-accounts-data-access';
import type { ResponseStatus, WaveStatus } from '@digitalcheck/shared-contracts';
import type { AnswerErrorCode, QuestionDefinition } from '@digitalcheck/shared-scoring';

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 });

/** German text for an answer error code of shared-scoring's validateAnswers (and the API's 400/422 fields). */
export function answerErrorMessage(code: AnswerErrorCode | string, question?: QuestionDefinition): string {
  switch (code) {
    case 'required':
      return $localize`:Answer error@@surveys.answer.required:Bitte beantworten Sie diese Frage.`;
    case 'rowsMissing':
      return $localize`:Answer error@@surveys.answer.rowsMissing:Bitte beantworten Sie jede Zeile.`;
    case 'exclusiveCombined':
      return $localize`:Answer error@@surveys.answer.exclusiveCombined:„Keine davon“ kann nicht zusammen mit anderen Antworten gewählt werden.`;
    case 'belowMin': {
      const min = question?.type === 'number' && question.min !== undefined ? NUMBER.format(question.min) : '';
      return $localize`:Answer error@@surveys.answer.belowMin:Die Zahl darf nicht kleiner als ${min}:min: sein.`;
    }
    case 'aboveMax': {
      const max = question?.type === 'number' && question.max !== undefined ? NUMBER.format(question.max) : '';
      return $localize`:Answer error@@surveys.answer.aboveMax:Die Zahl darf nicht größer als ${max}:max: sein.`;
    }
    case 'notInteger':
      return $localize`:Answer error@@surveys.answer.notInteger:Bitte geben Sie eine ganze Zahl ein.`;
    case 'notANumber':
      return $localize`:Answer error@@surveys.answer.notANumber:Bitte geben Sie eine Zahl ein, zum Beispiel 12 oder 3,5.`;
    case 'invalidDate':
      return $localize`:Answer error@@surveys.answer.invalidDate:Bitte geben Sie ein gültiges Datum ein.`;
    case 'tooLong': {
      const max = question?.type === 'text' && question.maxLength !== undefined ? question.maxLength : '';
      return $localize`:Answer error@@surveys.answer.tooLong:Der Text darf höchstens ${max}:max: Zeichen lang sein.`;
    }
    case 'invalidFormat':
      return $localize`:Answer error@@surveys.answer.invalidFormat:Bitte geben Sie den 12-stelligen Regionalschlüssel ein, zum Beispiel 071370000000.`;
    default:
      return $localize`:Answer error@@surveys.answer.other:Diese Antwort passt nicht zur Frage. Bitte prüfen Sie sie.`;
  }
}

/** Like describeError, with the survey codes in German; field errors keep the question code as key. */
export function describeSurveyError(error: unknown): ErrorDescription {
  const body = apiErrorBody(error);
  const base = describeError(error);
  if (!body || (error instanceof HttpErrorResponse && error.status >= 500)) return base;
  const fields: Record<string, string> = {};
  for (const fieldError of body.errors ?? []) fields[fieldError.field] ??= answerErrorMessage(fieldError.code);
  return { code: base.code, message: surveyErrorMessage(body.code) ?? base.message, fields };
}

function surveyErrorMessage(code: string): string | null {
  switch (code) {
    case 'ANSWER_CONFLICT':
      return $localize`:Survey error@@surveys.error.conflict:Jemand anderes hat diese Antwort inzwischen geändert.`;
    case 'WAVE_CLOSED':
      return $localize`:Survey error@@surveys.error.waveClosed:Die Befragung ist beendet. Antworten können nicht mehr geändert werden.`;
    case 'WAVE_NOT_OPEN':
      return $localize`:Survey error@@surveys.error.waveNotOpen:Die Befragung hat noch nicht begonnen.`;
    case 'RESPONSE_STATUS':
      return $localize`:Survey error@@surveys.error.responseStatus:Die Selbsteinschätzung ist bereits abgesendet und kann nicht mehr geändert werden.`;
    case 'OPERATION_REUSED':
      return $localize`:Survey error@@surveys.error.operationReused:Die Antwort konnte nicht gespeichert werden. Bitte laden Sie die Seite neu.`;
    case 'UNPROCESSABLE':
    case 'VALIDATION_FAILED':
      return $localize`:Survey error@@surveys.error.missing:Es fehlen noch Antworten auf Pflichtfragen.`;
    default:
      return null;
  }
}

export function waveStatusLabel(status: WaveStatus): string {
  switch (status) {
    case 'scheduled':
      return $localize`:Wave status@@surveys.wave.scheduled:geplant`;
    case 'open':
      return $localize`:Wave status@@surveys.wave.open:läuft`;
    case 'closed':
      return $localize`:Wave status@@surveys.wave.closed:beendet`;
  }
}

export function responseStatusLabel(status: ResponseStatus | null): string {
  switch (status) {
    case null:
      return $localize`:Response status@@surveys.response.notStarted:noch nicht begonnen`;
    case 'draft':
      return $localize`:Response status@@surveys.response.draft:in Bearbeitung`;
    case 'submitted':
      return $localize`:Response status@@surveys.response.submitted:abgesendet`;
    case 'reopened':
      return $localize`:Response status@@surveys.response.reopened:wieder geöffnet`;
    case 'published':
      return $localize`:Response status@@surveys.response.published:veröffentlicht`;
  }
}
