/** One record of an import file before validation; `line` is the CSV line or the GeoJSON feature number. */
export interface ImportRow {
  line: number;
  key: string;
  name: string;
  kind: string | null;
  /** Undefined when the file has no population column (then the stored value stays as it is). */
  population?: number | null;
  /** A parent key the file states (GeoJSON KRS); checked against the one the ARS implies. */
  statedParent?: string;
}

export type ParsedFile = { ok: true; format: 'csv' | 'geojson'; rows: ImportRow[] } | { ok: false; error: string };

/** Keys are looked for in this order: the 12/9-digit ARS (RS is its older name) before the AGS. */
export const KEY_PROPERTIES = ['ARS', 'RS', 'AGS'] as const;
