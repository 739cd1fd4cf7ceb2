/** ISO 3166-2:DE codes of the Länder, lower case, for file names (`rp_…`); `de` for all of Germany. */
const LAND_CODES: Record<string, string> = {
  '01': 'sh',
  '02': 'hh',
  '03': 'ni',
  '04': 'hb',
  '05': 'nw',
  '06': 'he',
  '07': 'rp',
  '08': 'bw',
  '09': 'by',
  '10': 'sl',
  '11': 'be',
  '12': 'bb',
  '13': 'mv',
  '14': 'sn',
  '15': 'st',
  '16': 'th',
};

export function landCodeOf(landArs: string | null): string {
  return landArs === null ? 'de' : (LAND_CODES[landArs] ?? landArs);
}
