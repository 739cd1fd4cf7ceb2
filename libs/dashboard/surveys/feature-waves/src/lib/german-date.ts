/**
 * Dates as the wave forms take them: "TT.MM.JJJJ" in the browser's time zone. A wave runs from the start of its
 * first day to the end of its last day: `startsAt` is midnight at the start, `endsAt` (exclusive) midnight after
 * the last day.
 */
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Midnight (local time) of a date typed as "1.3.2026" or "01.03.2026"; null for anything else or 31.02. */
export function parseGermanDate(text: string): Date | null {
  const match = GERMAN_DATE.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return valid && year >= 2000 ? date : null;
}

/** "01.03.2026" (local time). */
export function formatGermanDate(date: Date): string {
  const day = String(date.getDate()).padStart(2, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${day}.${month}.${date.getFullYear()}`;
}

/** Midnight at the start of the day of `date` (local time). */
export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Midnight after the day of `date`: the exclusive `endsAt` of a wave whose last day it is. */
export function dayAfter(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
}

/** The last day answers are taken, from the exclusive end timestamp (ISO). */
export function lastDay(endsAt: string): Date {
  return startOfDay(new Date(Date.parse(endsAt) - 1));
}
