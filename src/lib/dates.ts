/** Calendar dates as ISO strings (YYYY-MM-DD). Kept as strings so no time zone can shift a day. */

import { isIsoDate } from '../schemas/formats.ts';

export { isIsoDate };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2018-03-23` → year 2018, month 3 (`March`), day 23. */
export function dateParts(iso: string): { year: number; month: number; monthName: string; day: number } {
  if (!isIsoDate(iso)) throw new Error(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, monthName: MONTHS[month - 1] as string, day };
}

/** `2018-03-23` → `23 March 2018`, the form UN documents use. */
export function formatDate(iso: string): string {
  const { year, monthName, day } = dateParts(iso);
  return `${day} ${monthName} ${year}`;
}

export function yearOf(iso: string): number {
  return dateParts(iso).year;
}

/** A date range as a reader writes it: `6–23 June 2017`, `26 February–23 March 2018`. */
export function formatRange(start: string, end: string): string {
  const a = dateParts(start);
  const b = dateParts(end);
  if (a.year !== b.year) return `${formatDate(start)}–${formatDate(end)}`;
  if (a.month !== b.month) return `${a.day} ${a.monthName}–${formatDate(end)}`;
  return `${a.day}–${formatDate(end)}`;
}

/** ISO dates sort as strings; this names the intent. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isWithin(date: string, start: string, end: string): boolean {
  return date >= start && date <= end;
}

/** A date known to the day, the month or the year: `23 March 2018`, `March 2018`, `2018`. */
export function formatPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const { monthName, year } = dateParts(`${date}-01`);
    return `${monthName} ${year}`;
  }
  return formatDate(date);
}
