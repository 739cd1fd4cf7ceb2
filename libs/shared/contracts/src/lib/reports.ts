/**
 * PDF reports (issue 8): `GET /api/v1/reports/waves/{id}/lands/{land}.pdf` and
 * `GET /api/v1/reports/waves/{id}/regions/{ars}.pdf`, rendered from the dashboard's print routes
 * (`/bericht/land`, `/bericht/region/:ars`) by Chromium on the server.
 */

/** Error codes of the report endpoints. */
export const REPORT_ERROR_CODES = [
  /** No Chromium at CHROMIUM_PATH (503). */
  'REPORT_RENDERER_UNAVAILABLE',
  /** The print page did not become ready in time or Chromium failed (503). */
  'REPORT_RENDER_FAILED',
  /** More reports wait than the server queues (503 with Retry-After). */
  'REPORT_RENDERER_BUSY',
] as const;

export type ReportErrorCode = (typeof REPORT_ERROR_CODES)[number];

/** Query parameter of the print routes: the wave (as on the analytics pages). */
export const REPORT_WAVE_PARAM = 'befragung';
/** Query parameter of the Land print route: the 2-digit Land key. */
export const REPORT_LAND_PARAM = 'land';
/** Attribute the print page sets on its root once all data is loaded and every chart drawn. */
export const REPORT_READY_ATTRIBUTE = 'data-report-ready';

/** Address of the Land report PDF of a wave, e.g. `/api/v1/reports/waves/…/lands/07.pdf`. */
export function landReportUrl(waveId: string, land: string): string {
  return `/api/v1/reports/waves/${encodeURIComponent(waveId)}/lands/${encodeURIComponent(land)}.pdf`;
}

/** Address of a region's report PDF in a wave, e.g. `/api/v1/reports/waves/…/regions/07137.pdf`. */
export function regionReportUrl(waveId: string, ars: string): string {
  return `/api/v1/reports/waves/${encodeURIComponent(waveId)}/regions/${encodeURIComponent(ars)}.pdf`;
}
