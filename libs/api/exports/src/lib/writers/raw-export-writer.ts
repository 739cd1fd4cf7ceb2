import type { CodebookLine } from '../raw/codebook';
import type { RawCellValue, RawColumn } from '../raw/raw-columns';

/** What the metadata sheet says about an export. */
export interface RawExportMetadata {
  waveTitle: string;
  waveId: string;
  /** "Rheinland-Pfalz (07)" or "alle Länder". */
  land: string;
  questionnaire: string;
  exportedAt: Date;
  rows: number;
}

export const EXPORT_SOURCE = 'Digitalcheck Kommune';

export function metadataRows(metadata: RawExportMetadata): [string, RawCellValue][] {
  return [
    ['Befragung', metadata.waveTitle],
    ['Befragungs-ID', metadata.waveId],
    ['Land', metadata.land],
    ['Fragebogen', metadata.questionnaire],
    ['Exportiert am', metadata.exportedAt],
    ['Zeilen', metadata.rows],
    ['Quelle', EXPORT_SOURCE],
  ];
}

/**
 * A streaming writer of the data sheet: the header first, then rows as the pages come, then whatever follows
 * the data (codebook and metadata sheets of the XLSX). It writes into the HTTP response and ends it.
 */
export interface RawExportWriter {
  begin(columns: readonly RawColumn[]): Promise<void>;
  row(values: readonly RawCellValue[]): Promise<void>;
  /** Called between pages: waits while the client is behind. */
  pause(): Promise<void>;
  end(codebook: readonly CodebookLine[], metadata: RawExportMetadata): Promise<void>;
}
