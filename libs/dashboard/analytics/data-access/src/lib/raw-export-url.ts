import type { CsvDialect } from '@digitalcheck/shared-export';
import type { RawExportFormat } from '@digitalcheck/shared-contracts';

export const EXPORTS_URL = '/api/v1/exports';

export interface RawExportChoice {
  format: RawExportFormat;
  dialect?: CsvDialect;
  part?: 'data' | 'codebook';
}

/**
 * Address of the raw data export of a wave (`GET /api/v1/exports/waves/{id}/responses`): all responses in a
 * Land (or, for admins, all Länder when `landArs` is null), as XLSX or CSV, or the codebook as CSV.
 */
export function rawExportUrl(waveId: string, landArs: string | null, choice: RawExportChoice): string {
  const params = new URLSearchParams();
  if (landArs) params.set('land', landArs);
  params.set('format', choice.format);
  if (choice.dialect) params.set('dialect', choice.dialect);
  if (choice.part) params.set('part', choice.part);
  return `${EXPORTS_URL}/waves/${encodeURIComponent(waveId)}/responses?${params.toString()}`;
}
