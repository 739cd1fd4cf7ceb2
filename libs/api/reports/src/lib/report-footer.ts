/** "25.11.2026": the report's date, as people in Germany read it (Berlin time). */
export function reportDate(now: Date): string {
  return new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(now);
}

/**
 * Chromium's footer on every page: "Seite 1 von 4 · Stand: 25.11.2026 · Quelle: Digitalcheck Kommune".
 * Header and footer templates cannot load the page's fonts or styles, hence the inline style.
 */
export function reportFooter(now: Date): string {
  return (
    "<div style=\"width:100%;margin:0 15mm;font-family:'Fira Sans','DejaVu Sans',Arial,sans-serif;" +
    'font-size:8pt;color:#333;">' +
    'Seite <span class="pageNumber"></span> von <span class="totalPages"></span>' +
    ` · Stand: ${reportDate(now)} · Quelle: Digitalcheck Kommune</div>`
  );
}

/** No header: the page's own headings say what it is (Chromium's default header would print the URL). */
export const REPORT_HEADER = '<div></div>';
