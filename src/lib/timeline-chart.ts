/**
 * The timeline drawn to scale: one row per year, each entry placed by its date as a percentage of
 * that year, in a lane of its own kind so that a text published the day after a vote never hides it.
 */
import { compareIsoDates, dateParts, yearOf } from './dates.ts';
import { compareEntries, type TimelineEntry } from './timeline.ts';

export interface ChartMark {
  entry: TimelineEntry;
  /** Where the entry starts, as a percentage of its year's width. */
  x: number;
  /** How far a session reaches within this year, as a percentage (zero for a single day). */
  width: number;
  /** A label near the right edge is written leftwards, so that it stays inside the row. */
  anchor: 'start' | 'end';
}

export interface ChartYear {
  year: number;
  marks: ChartMark[];
}

export interface TimelineChart {
  years: ChartYear[];
  /** Entries outside the drawn span (a text published in 2024): listed beside the chart, not drawn. */
  outside: TimelineEntry[];
}

function daysInYear(year: number): number {
  return Date.UTC(year + 1, 0, 1) / 86_400_000 - Date.UTC(year, 0, 1) / 86_400_000;
}

/** Where a day falls in its year, from 0 (the start of 1 January) to 100 (the end of 31 December). */
// Stryker disable next-line StringLiteral: only 'end' is tested for, so any other default reads as the start
export function positionInYear(iso: string, edge: 'start' | 'end' = 'start'): number {
  const { year, month, day } = dateParts(iso);
  const dayIndex = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + (edge === 'end' ? 1 : 0);
  return Math.round((dayIndex / daysInYear(year)) * 100_000) / 1000;
}

const LABEL_EDGE = 85;

export function timelineChart(entries: readonly TimelineEntry[], span: { from: number; to: number }): TimelineChart {
  const years: ChartYear[] = [];
  for (let year = span.from; year <= span.to; year += 1) years.push({ year, marks: [] });
  const outside: TimelineEntry[] = [];
  for (const entry of [...entries].sort(compareEntries)) {
    const end = entry.endDate ?? entry.date;
    const first = Math.max(yearOf(entry.date), span.from);
    const last = Math.min(yearOf(end), span.to);
    if (first > last) {
      outside.push(entry);
      continue;
    }
    // A session that runs across New Year is drawn in both rows, each part to its own year's scale.
    for (let year = first; year <= last; year += 1) {
      // Stryker disable next-line EqualityOperator: where the dates are equal both branches give the same date
      const start = compareIsoDates(entry.date, `${year}-01-01`) < 0 ? `${year}-01-01` : entry.date;
      // Stryker disable next-line EqualityOperator: where the dates are equal both branches give the same date
      const stop = compareIsoDates(end, `${year}-12-31`) > 0 ? `${year}-12-31` : end;
      const x = positionInYear(start);
      const width = entry.endDate ? Math.round((positionInYear(stop, 'end') - x) * 1000) / 1000 : 0;
      // The year is always within the span, and no day of a 365- or 366-day year falls at exactly 85 %:
      // Stryker disable next-line OptionalChaining,EqualityOperator: equivalent, as above
      years[year - span.from]?.marks.push({ entry, x, width, anchor: x > LABEL_EDGE ? 'end' : 'start' });
    }
  }
  return { years, outside };
}
