import { roundScoreForDisplay, MATURITY_LEVELS } from '@digitalcheck/shared-scoring';

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

/** "2027-03" → "März 2027"; null → "offen". */
export function germanMonth(month: string | null): string {
  if (!month) return 'offen';
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`;
}

/** "März 2027 – Dezember 2027", or "offen" when neither is set. */
export function germanPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return 'offen';
  return `${germanMonth(start)} – ${germanMonth(end)}`;
}

/** ISO timestamp → "25.11.2026" (Europe/Berlin). */
export function germanDate(iso: string): string {
  return new Intl.DateTimeFormat('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
}

/** 25000 → "25.000 €"; null → "offen". */
export function germanEuro(amount: number | null): string {
  if (amount === null) return 'offen';
  return `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(amount)} €`;
}

/** 62.5 → "63"; null → "–". */
export function germanScore(score: number | null): string {
  return score === null ? '–' : String(roundScoreForDisplay(score));
}

/** 3 → "3 – Im Aufbau"; null → "–". */
export function germanMaturity(level: number | null): string {
  if (level === null) return '–';
  const info = MATURITY_LEVELS[level - 1];
  return info ? `${level} – ${info.name}` : String(level);
}
