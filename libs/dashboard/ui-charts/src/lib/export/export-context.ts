import { InjectionToken } from '@angular/core';
import type { ChartExportFormat, ChartExportRecordRequest } from '@digitalcheck/shared-contracts';

/**
 * What a page tells its charts' exports: the start of every file name (`['rp', 2026]`), the wave and the
 * filters (German label → value) for the metadata sheet and the audit log. Provided by the page.
 */
export interface ChartExportContext {
  fileNameParts: readonly (string | number)[];
  waveId: string | null;
  waveTitle: string | null;
  filters: Readonly<Record<string, string>>;
}

export interface ChartExportContextSource {
  exportContext(): ChartExportContext;
}

export const CHART_EXPORT_CONTEXT = new InjectionToken<ChartExportContextSource>('CHART_EXPORT_CONTEXT');

/**
 * Records an export in the audit log before the file is handed over (provided by the app, which talks to the
 * API). Rejects when the record could not be written; the export is then not offered.
 */
export interface ChartExportRecorder {
  record(request: ChartExportRecordRequest): Promise<void>;
}

export const CHART_EXPORT_RECORDER = new InjectionToken<ChartExportRecorder>('CHART_EXPORT_RECORDER');

export type { ChartExportFormat };
