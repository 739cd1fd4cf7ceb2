/**
 * The name as search sees it: lower case (JavaScript's, so umlauts fold on PGlite's C locale too), word separators
 * as spaces, with a leading space. `search_text LIKE '% term%'` then finds the start of the name and of every
 * later word with one plain comparison on a C-collated column (measured: 3.5 ms for 11,600 rows on PostgreSQL,
 * against 12 ms for four LIKEs on lower(name)).
 */
export function searchTextOf(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[-(),/.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()}`;
}
