import { formatNumber } from '@angular/common';

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** "2027-03" → "März 2027"; null → "offen" (as in the DOCX). */
export function monthText(month: string | null): string {
  if (!month) return $localize`:Open value in the strategy@@reports.strategy.open:offen`;
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`;
}

/** "März 2027 – Dezember 2027"; "offen" when neither is set. */
export function periodText(start: string | null, end: string | null): string {
  if (!start && !end) return $localize`:Open value in the strategy@@reports.strategy.open:offen`;
  return `${monthText(start)} – ${monthText(end)}`;
}

/** 25000 → "25.000 €"; null → "offen". */
export function euroText(amount: number | null): string {
  if (amount === null) return $localize`:Open value in the strategy@@reports.strategy.open:offen`;
  return `${formatNumber(amount, 'de-DE', '1.0-2')} €`;
}
