/**
 * CSV for spreadsheets (German Excel defaults: `;` separator, UTF-8 with BOM, CRLF), formula cells
 * neutralised. The implementation lives in shared-export so the dashboard's chart exports write the same.
 */
export { csvCell, toCsv } from '@digitalcheck/shared-export';
