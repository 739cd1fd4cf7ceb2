import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChartExportRecordRequest, ChartExportRecordResponse } from '@digitalcheck/shared-contracts';
import { firstValueFrom } from 'rxjs';

export const EXPORT_RECORDS_URL = '/api/v1/exports/records';

/**
 * Records a chart export made in the browser in the audit log (`POST /api/v1/exports/records`). The chart's
 * export menu calls it before it hands the file over; the app provides it as the charts' export recorder.
 */
@Injectable({ providedIn: 'root' })
export class ExportRecordsApi {
  private readonly http = inject(HttpClient);

  async record(request: ChartExportRecordRequest): Promise<void> {
    await firstValueFrom(this.http.post<ChartExportRecordResponse>(EXPORT_RECORDS_URL, request));
  }
}
