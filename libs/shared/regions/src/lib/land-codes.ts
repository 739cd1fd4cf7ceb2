/** ISO 3166-2:DE codes of the Länder by their two-digit key ("07" → "RP"), for file names and short labels. */
export const LAND_CODES: Readonly<Record<string, string>> = {
  '01': 'SH',
  '02': 'HH',
  '03': 'NI',
  '04': 'HB',
  '05': 'NW',
  '06': 'HE',
  '07': 'RP',
  '08': 'BW',
  '09': 'BY',
  '10': 'SL',
  '11': 'BE',
  '12': 'BB',
  '13': 'MV',
  '14': 'SN',
  '15': 'ST',
  '16': 'TH',
};

/** The Land code of any region key ("073400000000" → "RP"); null for unknown keys. */
export function landCodeOf(ars: string): string | null {
  return LAND_CODES[ars.slice(0, 2)] ?? null;
}
