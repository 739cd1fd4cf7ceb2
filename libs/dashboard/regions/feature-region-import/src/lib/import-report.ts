/**
 * Pure helpers for the region import page: what a report allows, its rows prepared for tables, German texts.
 */
import { HttpErrorResponse } from '@angular/common/http';
import type { RegionImportReport } from '@digitalcheck/shared-contracts';

/** Rows per table; a full Gemeindeverzeichnis has about 11,000 and would make the page unusable. */
export const REPORT_ROW_LIMIT = 200;

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 });

/** "10.950". */
export function formatCount(value: number): string {
  return NUMBER.format(value);
}

/** A dry run without file error and invalid rows that would create or change something. */
export function canApply(report: RegionImportReport | null): boolean {
  return (
    report !== null &&
    report.dryRun &&
    report.fileError === null &&
    report.invalid.length === 0 &&
    report.created.length + report.changed.length > 0
  );
}

/** Why "Importieren" is not possible (yet), or what it will do. */
export function applyHint(report: RegionImportReport | null): string {
  if (report === null || !report.dryRun)
    return $localize`:Hint under the import button@@regionImport.apply.hintCheckFirst:Prüfen Sie die Datei zuerst. Importieren ist erst danach möglich.`;
  if (report.fileError !== null)
    return $localize`:Hint under the import button@@regionImport.apply.hintFileError:Die Datei kann nicht gelesen werden. Wählen Sie eine korrigierte Datei aus.`;
  if (report.invalid.length > 0)
    return $localize`:Hint under the import button@@regionImport.apply.hintInvalid:Die Datei enthält fehlerhafte Zeilen. Es wird nur vollständig oder gar nicht importiert: Korrigieren Sie die Datei und prüfen Sie sie erneut.`;
  if (report.created.length + report.changed.length === 0)
    return $localize`:Hint under the import button@@regionImport.apply.hintNothing:Die Datei enthält keine Änderungen. Es gibt nichts zu importieren.`;
  return $localize`:Hint under the import button@@regionImport.apply.hintReady:Übernimmt ${formatCount(report.created.length)}:created: neue und ${formatCount(report.changed.length)}:changed: geänderte Regionen.`;
}

/** The message after "Importieren". */
export function appliedMessage(report: RegionImportReport): string {
  if (report.applied)
    return $localize`:Result of the import@@regionImport.applied:Import abgeschlossen: ${formatCount(report.created.length)}:created: neu, ${formatCount(report.changed.length)}:changed: geändert, ${formatCount(report.unchanged)}:unchanged: unverändert.`;
  return $localize`:Result of an import that wrote nothing@@regionImport.notApplied:Es wurde nichts importiert. Prüfen Sie die Datei erneut.`;
}

/** One changed field of one row, for the changes table. */
export interface ChangeRow {
  line: number;
  ars: string;
  field: string;
  before: string;
  after: string;
}

/** One table row per changed field, in file order. */
export function changeRows(report: RegionImportReport): ChangeRow[] {
  return report.changed.flatMap((row) =>
    Object.entries(row.changes).map(([field, [before, after]]) => ({
      line: row.line,
      ars: row.ars,
      field: fieldLabel(field),
      before: formatValue(before),
      after: formatValue(after),
    })),
  );
}

/** German name of a compared region field; unknown fields as they are. */
export function fieldLabel(field: string): string {
  switch (field) {
    case 'name':
      return $localize`:Region field@@regionImport.field.name:Name`;
    case 'kind':
      return $localize`:Region field@@regionImport.field.kind:Art`;
    case 'parentArs':
      return $localize`:Region field@@regionImport.field.parentArs:Übergeordnete Region`;
    case 'ags':
      return $localize`:Region field@@regionImport.field.ags:AGS`;
    case 'population':
      return $localize`:Region field@@regionImport.field.population:Einwohnerzahl`;
    default:
      return field;
  }
}

/** A field value for the table: numbers de-DE, empty values as "(leer)". */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '')
    return $localize`:Empty value in the changes table@@regionImport.value.empty:(leer)`;
  if (typeof value === 'number') return formatCount(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "Die ersten 200 von 11.004 Zeilen": null when every row is shown. */
export function truncationNote(total: number): string | null {
  return total > REPORT_ROW_LIMIT
    ? $localize`:Note under a shortened table@@regionImport.truncated:Die ersten ${formatCount(REPORT_ROW_LIMIT)}:shown: von ${formatCount(total)}:total: Zeilen werden angezeigt.`
    : null;
}

/** German message for a failed import request. */
export function importErrorMessage(error: unknown): string {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  const code = typeof body === 'object' && body !== null && 'code' in body ? String(body.code) : '';
  if (status === 413 || code === 'PAYLOAD_TOO_LARGE')
    return $localize`:Import error@@regionImport.error.tooLarge:Die Datei ist größer als 50 MB. Teilen Sie sie auf, zum Beispiel nach Ländern.`;
  if (status === 400)
    return $localize`:Import error@@regionImport.error.badRequest:Die Datei ist leer oder konnte nicht gesendet werden. Bitte wählen Sie sie erneut aus.`;
  if (status === 401)
    return $localize`:Import error@@regionImport.error.unauthenticated:Sie sind nicht mehr angemeldet. Bitte melden Sie sich erneut an.`;
  if (status === 403)
    return $localize`:Import error@@regionImport.error.forbidden:Regionen dürfen nur Administratorinnen und Administratoren importieren.`;
  return $localize`:Import error@@regionImport.error.network:Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.`;
}
