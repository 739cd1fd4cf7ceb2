/**
 * File names that say what is inside: lower case, German umlauts transliterated, words joined by "-",
 * parts joined by "_", for example `rp_2026_index-rangfolge.svg`. Empty parts are left out.
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function fileNamePart(text: string | number): string {
  return String(text)
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => UMLAUTS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest name before the extension: long chart titles (question texts) are cut, the extension stays. */
export const MAX_FILE_STEM = 150;

export function exportFileName(parts: readonly (string | number | null | undefined)[], extension: string): string {
  const words = parts
    .filter((part): part is string | number => part !== null && part !== undefined && part !== '')
    .map(fileNamePart)
    .filter((part) => part.length > 0);
  const stem = (words.join('_') || 'export').slice(0, MAX_FILE_STEM).replace(/[-_]+$/, '');
  return `${stem}.${extension}`;
}
