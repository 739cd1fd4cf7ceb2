/**
 * Exports for reports (issue 8). Chart images and chart data are made in the browser; the browser records
 * each one with `POST /api/v1/exports/records` before it hands the file over, so every export is in the
 * audit log. Raw data and PDF reports are made by the API, which records them itself.
 */

/** Formats of a chart export made in the browser. */
export type ChartExportFormat = 'svg' | 'png' | 'csv' | 'xlsx';

export const CHART_EXPORT_FORMATS: readonly ChartExportFormat[] = ['svg', 'png', 'csv', 'xlsx'];

/** Formats of the raw data export (`GET /api/v1/exports/waves/{id}/responses?land=&format=`). */
export type RawExportFormat = 'csv' | 'xlsx';

export const RAW_EXPORT_FORMATS: readonly RawExportFormat[] = ['csv', 'xlsx'];

/**
 * What a CSV raw export holds (`?part=`): the data (one row per region) or the codebook (one line per column
 * and option). The XLSX holds both, as the sheets "Daten" and "Codebuch", with a sheet "Metadaten".
 */
export type RawExportPart = 'data' | 'codebook';

export const RAW_EXPORT_PARTS: readonly RawExportPart[] = ['data', 'codebook'];

/** `POST /api/v1/exports/records`: what the browser exported. Answer 201 `{ id }` (the audit event). */
export interface ChartExportRecordRequest {
  format: ChartExportFormat;
  /** The chart's title as shown above it ("Rangfolge nach Index"). */
  chart: string;
  /** The file name offered to the user ("rp_2026_index-rangfolge.svg"). */
  fileName: string;
  /** The wave the chart shows, where it shows one. */
  waveId?: string;
  /** The filters the chart was made with, as shown in its subtitle (key → German value). */
  filters?: Record<string, string>;
  /** Data rows in a CSV/XLSX export. */
  rows?: number;
}

export interface ChartExportRecordResponse {
  id: string;
}

/** Error codes of the export endpoints. */
export const EXPORT_ERROR_CODES = [
  /** More raw exports run and wait than the server allows (503 with Retry-After). */
  'EXPORT_BUSY',
] as const;
