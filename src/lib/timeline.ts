/**
 * The timeline: one ordered list of dated entries built from resolutions, sessions,
 * source texts and context events (a TimelineJS-like model rendered as static HTML).
 */
import type { EntryKind, TimelineEntry } from '../schemas/timeline-entry.ts';
import type { SeriesId } from '../schemas/series.ts';
import { compareIsoDates, yearOf } from './dates.ts';

export type { EntryKind, TimelineEntry };

export const entryKindLabels: Record<EntryKind, string> = {
  session: 'Session',
  event: 'Context event',
  resolution: 'Resolution',
  'follow-up': 'Set in motion by a resolution',
  'source-text': 'Source text',
};

/** Same-day order: a session opens, then what happens in it, then what is written about it. */
const kindOrder: Record<EntryKind, number> = { session: 0, event: 1, resolution: 2, 'follow-up': 3, 'source-text': 4 };

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    compareIsoDates(a.date, b.date) ||
    kindOrder[a.kind] - kindOrder[b.kind] ||
    a.title.localeCompare(b.title, 'en') ||
    a.id.localeCompare(b.id)
  );
}

export function sortEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new Error(`Two timeline entries share the id "${entry.id}"`);
    ids.add(entry.id);
  }
  return [...entries].sort(compareEntries);
}

export interface TimelineYear {
  year: number;
  entries: TimelineEntry[];
}

/** Entries grouped by year, oldest first; a year without entries has no group (and no heading). */
export function groupByYear(entries: readonly TimelineEntry[]): TimelineYear[] {
  const groups = new Map<number, TimelineEntry[]>();
  for (const entry of [...entries].sort(compareEntries)) {
    const year = yearOf(entry.date);
    groups.set(year, [...(groups.get(year) ?? []), entry]);
  }
  return [...groups].map(([year, group]) => ({ year, entries: group }));
}

/** The years of a span in which none of the entries falls: said once, in a sentence, not as empty headings. */
export function yearsWithout(entries: readonly TimelineEntry[], span: { from: number; to: number }): number[] {
  const present = new Set(entries.map((entry) => yearOf(entry.date)));
  const missing: number[] = [];
  for (let year = span.from; year <= span.to; year += 1) if (!present.has(year)) missing.push(year);
  return missing;
}

export interface TimelineFilter {
  kinds?: readonly EntryKind[];
  series?: SeriesId;
}

/** A series filter keeps the resolutions of that series and everything that is not a resolution. */
export function filterEntries(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  return entries.filter((entry) => {
    if (filter.kinds && !filter.kinds.includes(entry.kind)) return false;
    if (filter.series && entry.kind === 'resolution' && entry.series !== filter.series) return false;
    return true;
  });
}

export interface RailEntry extends TimelineEntry {
  current: boolean;
  highlighted: boolean;
}

interface RailIndex {
  texts: TimelineEntry[];
  textPositions: Map<string, number>;
  order: Map<TimelineEntry, number>;
  resolutionsAndSessions: TimelineEntry[];
}

// One index per timeline, built on the first page that asks: without it every one of thousands of
// article pages would scan the whole timeline, and the build would grow with the square of the archive.
const railIndexes = new WeakMap<readonly TimelineEntry[], RailIndex>();

function railIndex(entries: readonly TimelineEntry[]): RailIndex {
  let index = railIndexes.get(entries);
  // Stryker disable next-line ConditionalExpression: the cache saves time only; an index built anew is the same index
  if (!index) {
    const texts = entries.filter((entry) => entry.kind === 'source-text');
    index = {
      texts,
      textPositions: new Map(texts.map((entry, position) => [entry.sourceTextId ?? entry.id, position])),
      order: new Map(entries.map((entry, position) => [entry, position])),
      resolutionsAndSessions: entries.filter((entry) => entry.kind === 'resolution' || entry.kind === 'session'),
    };
    // Stryker disable next-line CallExpression: the cache saves time only; without it each page builds the same index
    railIndexes.set(entries, index);
  }
  return index;
}

/**
 * The compact timeline beside a source text: every resolution, the sessions the text refers to,
 * and the source texts nearest it in time (so the rail stays short however large the archive grows),
 * with the text itself marked as current and the resolutions it mentions highlighted.
 * `entries` must be in timeline order (sortEntries).
 */
export function railEntries(
  entries: readonly TimelineEntry[],
  context: { sourceTextId: string; mentioned: ReadonlySet<string>; sessions: ReadonlySet<number>; neighbours?: number },
): RailEntry[] {
  const { texts, textPositions, order, resolutionsAndSessions } = railIndex(entries);
  const at = textPositions.get(context.sourceTextId);
  const reach = context.neighbours ?? 3;
  // Stryker disable next-line ConditionalExpression: texts.slice(NaN, NaN) is empty as well
  const nearby = at === undefined ? [] : texts.slice(Math.max(0, at - reach), at + reach + 1);
  const referred = resolutionsAndSessions.filter(
    (entry) => entry.kind === 'resolution' || context.sessions.has(Number(entry.id.replace('session-', ''))),
  );
  return [...referred, ...nearby]
    .sort((a, b) => (order.get(a) as number) - (order.get(b) as number))
    .map((entry) => ({
      ...entry,
      current: entry.kind === 'source-text' && entry.sourceTextId === context.sourceTextId,
      // Stryker disable next-line ConditionalExpression: a set of symbols never has undefined
      highlighted: entry.symbol !== undefined && context.mentioned.has(entry.symbol),
    }));
}

/**
 * A series' own timeline: its resolutions, the sessions that adopted them and the source texts that
 * mention them, grouped by year, leaving out years with none of these.
 */
export function seriesTimeline(
  entries: readonly TimelineEntry[],
  scope: { series: SeriesId; sessions: ReadonlySet<number>; sourceTextIds: ReadonlySet<string> },
): TimelineYear[] {
  const kept = entries.filter(
    (entry) =>
      (entry.kind === 'resolution' && entry.series === scope.series) ||
      (entry.kind === 'session' && scope.sessions.has(Number(entry.id.replace('session-', '')))) ||
      (entry.kind === 'source-text' && entry.sourceTextId !== undefined && scope.sourceTextIds.has(entry.sourceTextId)),
  );
  return groupByYear(kept);
}
