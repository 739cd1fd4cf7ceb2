import { participationStateLabel } from '@digitalcheck/dashboard-surveys-data-access';
import type { WaveParticipation } from '@digitalcheck/shared-contracts';

export type ParticipationRow = WaveParticipation['regions'][number];

/** Cells a spreadsheet would read as a formula (= + - @, tab, CR) get a leading apostrophe (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The reminder list for spreadsheets (German Excel defaults: `;`, UTF-8 with BOM, CRLF). */
export function reminderCsv(rows: readonly ParticipationRow[]): string {
  const header = [
    $localize`:CSV column@@waves.csv.ars:Regionalschlüssel`,
    $localize`:CSV column@@waves.csv.name:Region`,
    $localize`:CSV column@@waves.csv.state:Stand`,
    $localize`:CSV column@@waves.csv.answered:Beantwortete Fragen`,
  ];
  const lines = [header, ...rows.map((r) => [r.ars, r.name, participationStateLabel(r.state), r.answered])].map(
    (cells) => cells.map(csvCell).join(';'),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The names, one per line, for pasting into a mail. */
export function reminderNames(rows: readonly ParticipationRow[]): string {
  return rows.map((r) => r.name).join('\n');
}

/** Offers `text` as a file download (a temporary object URL; nothing leaves the browser). */
export function downloadText(document: Document, fileName: string, text: string, type: string): void {
  const view = document.defaultView;
  if (!view?.URL.createObjectURL) return;
  const url = view.URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}
