/**
 * Pure helpers of the questionnaire administration: German messages for JSON errors, import and publish outcomes,
 * failed requests and the diff summary.
 */
import { HttpErrorResponse } from '@angular/common/http';
import type {
  ApiFieldError,
  QuestionnaireImportResult,
  QuestionnaireVersionStatus,
} from '@digitalcheck/shared-contracts';
import type { DefinitionDiff, DiffStatus } from '@digitalcheck/shared-scoring';

const NUMBER = new Intl.NumberFormat('de-DE');

/** Publication status in words (never by colour alone). */
export function versionStatusLabel(status: QuestionnaireVersionStatus): string {
  return status === 'published'
    ? $localize`:Version status@@questionnaireAdmin.status.published:veröffentlicht`
    : $localize`:Version status@@questionnaireAdmin.status.draft:Entwurf`;
}

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Where a JSON parser stopped, from its message: "at position 14" (V8), "at line 2 column 3" (Firefox);
 * "Unexpected end of JSON input" means the end of the text. Null when the message names no position.
 */
export function jsonErrorLocation(message: string, text: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/end of (JSON )?(input|data)/i.test(message)) return lineAndColumn(text, text.length);
  return null;
}

/** German message for a file that is not JSON, with the parser's position. */
export function invalidJsonMessage(message: string, text: string): string {
  if (text.trim() === '') return $localize`:JSON error@@questionnaireAdmin.json.empty:Die Datei ist leer.`;
  const location = jsonErrorLocation(message, text);
  return location
    ? $localize`:JSON error with position@@questionnaireAdmin.json.invalidAt:Die Datei enthält kein gültiges JSON: Fehler in Zeile ${location.line}:line:, Spalte ${location.column}:column:.`
    : $localize`:JSON error@@questionnaireAdmin.json.invalid:Die Datei enthält kein gültiges JSON.`;
}

/** The message after a successful import. */
export function importOutcomeMessage(result: QuestionnaireImportResult): string {
  const id = result.questionnaireId;
  const version = result.version;
  switch (result.outcome) {
    case 'created':
      return $localize`:Import result@@questionnaireAdmin.import.created:„${id}:id:“ wurde als Entwurf v${version}:version: importiert.`;
    case 'replaced':
      return $localize`:Import result@@questionnaireAdmin.import.replaced:Der Entwurf v${version}:version: von „${id}:id:“ wurde ersetzt.`;
    default:
      return $localize`:Import result@@questionnaireAdmin.import.unchanged:Die Definition ist unverändert: „${id}:id:“ v${version}:version: bleibt, wie sie ist.`;
  }
}

/** The message after publishing. */
export function publishOutcomeMessage(outcome: 'published' | 'already-published', title: string, version: number) {
  return outcome === 'published'
    ? $localize`:Publish result@@questionnaireAdmin.publish.done:Version ${version}:version: von „${title}:title:“ ist veröffentlicht.`
    : $localize`:Publish result@@questionnaireAdmin.publish.already:Version ${version}:version: von „${title}:title:“ war bereits veröffentlicht.`;
}

/** The validation errors of a 400 `VALIDATION_FAILED` answer, else null. */
export function validationErrors(error: unknown): ApiFieldError[] | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return null;
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null || !('code' in body) || body.code !== 'VALIDATION_FAILED') return null;
  return 'errors' in body && Array.isArray(body.errors) ? (body.errors as ApiFieldError[]) : [];
}

/** "Die Definition enthält 3 Fehler …". */
export function validationSummary(count: number): string {
  return count === 1
    ? $localize`:Validation summary, one error@@questionnaireAdmin.validation.one:Die Definition enthält 1 Fehler und wurde nicht importiert.`
    : $localize`:Validation summary@@questionnaireAdmin.validation.many:Die Definition enthält ${NUMBER.format(count)}:count: Fehler und wurde nicht importiert.`;
}

/** German message for any other failed request. */
export function requestErrorMessage(error: unknown): string {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  if (status === 413)
    return $localize`:Request error@@questionnaireAdmin.error.tooLarge:Die Datei ist zu groß für eine Fragebogen-Definition.`;
  if (status === 400)
    return $localize`:Request error@@questionnaireAdmin.error.badRequest:Der Server hat die Datei abgelehnt. Bitte prüfen Sie, ob sie eine Fragebogen-Definition enthält.`;
  if (status === 401)
    return $localize`:Request error@@questionnaireAdmin.error.unauthenticated:Sie sind nicht mehr angemeldet. Bitte melden Sie sich erneut an.`;
  if (status === 403)
    return $localize`:Request error@@questionnaireAdmin.error.forbidden:Fragebögen dürfen nur Administratorinnen und Administratoren verwalten.`;
  if (status === 404)
    return $localize`:Request error@@questionnaireAdmin.error.notFound:Diese Version gibt es nicht mehr. Bitte laden Sie die Seite neu.`;
  return $localize`:Request error@@questionnaireAdmin.error.network:Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.`;
}

function countBy(items: readonly { status: DiffStatus }[]): string {
  const count = (status: DiffStatus) => items.filter((item) => item.status === status).length;
  return $localize`:Diff counts@@questionnaireAdmin.diff.counts:${count('added')}:added: neu, ${count('removed')}:removed: entfernt, ${count('changed')}:changed: geändert`;
}

/** The diff in a few German lines, and the changed questions with what changed. */
export function diffSummary(diff: DefinitionDiff, comparable: number) {
  return {
    lines: [
      $localize`:Diff summary line@@questionnaireAdmin.diff.questions:Fragen: ${countBy(diff.questions)}:counts:`,
      $localize`:Diff summary line@@questionnaireAdmin.diff.sections:Abschnitte: ${countBy(diff.sections)}:counts:`,
      diff.scoring.length > 0
        ? $localize`:Diff summary line@@questionnaireAdmin.diff.scoring:Wertungsregeln geändert: ${diff.scoring.join(', ')}:parameters:`
        : $localize`:Diff summary line@@questionnaireAdmin.diff.scoringSame:Wertungsregeln unverändert`,
      $localize`:Diff summary line@@questionnaireAdmin.diff.comparable:Vergleichbare Fragen: ${comparable}:count:`,
    ],
    questions: diff.questions
      .filter((question) => question.status !== 'unchanged')
      .map((question) => ({
        code: question.code,
        status: question.status,
        changes: question.changes.join(', '),
      })),
  };
}

/** "neu", "entfernt", "geändert". */
export function diffStatusLabel(status: DiffStatus): string {
  switch (status) {
    case 'added':
      return $localize`:Diff status@@questionnaireAdmin.diff.added:neu`;
    case 'removed':
      return $localize`:Diff status@@questionnaireAdmin.diff.removed:entfernt`;
    case 'changed':
      return $localize`:Diff status@@questionnaireAdmin.diff.changed:geändert`;
    default:
      return $localize`:Diff status@@questionnaireAdmin.diff.unchanged:unverändert`;
  }
}
