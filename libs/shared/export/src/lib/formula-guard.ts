/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): text that a spreadsheet would read as a
 * formula (starting with = + - @, tab or CR) gets a leading apostrophe, so Excel and LibreOffice show it
 * as text. Numbers are never touched; they are written as typed values.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
