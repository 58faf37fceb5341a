/**
 * The timeline: one ordered list of dated entries built from resolutions, sessions,
 * source texts and context events (a TimelineJS-like model rendered as static HTML).
 */
import { compareIsoDates, yearOf } from './dates.ts';

export type EntryKind = 'session' | 'event' | 'resolution' | 'source-text';

export const entryKindLabels: Record<EntryKind, string> = {
  session: 'Session',
  event: 'Context event',
  resolution: 'Resolution',
  'source-text': 'Source text',
};

export interface TimelineEntry {
  /** Stable anchor for deep links: unique across the timeline. */
  id: string;
  kind: EntryKind;
  date: string;
  endDate?: string;
  title: string;
  href?: string;
  /** Resolutions only. */
  family?: string;
  symbol?: string;
  vote?: { inFavour: number | null; against: number | null; abstaining: number | null };
  /** Source texts only. */
  articleId?: string;
  detail?: string;
}

/** Same-day order: a session opens, then what happens in it, then what is written about it. */
const kindOrder: Record<EntryKind, number> = { session: 0, event: 1, resolution: 2, 'source-text': 3 };

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return compareIsoDates(a.date, b.date) || kindOrder[a.kind] - kindOrder[b.kind] || a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id);
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

/** Entries grouped by year, oldest first; every year of the span is present, even an empty one. */
export function groupByYear(entries: readonly TimelineEntry[], span?: { from: number; to: number }): TimelineYear[] {
  const sorted = [...entries].sort(compareEntries);
  const years = sorted.map((entry) => yearOf(entry.date));
  const from = Math.min(span?.from ?? Infinity, ...years);
  const to = Math.max(span?.to ?? -Infinity, ...years);
  const groups: TimelineYear[] = [];
  for (let year = from; year <= to; year += 1) {
    groups.push({ year, entries: sorted.filter((entry) => yearOf(entry.date) === year) });
  }
  return groups;
}

export interface TimelineFilter {
  kinds?: readonly EntryKind[];
  family?: string;
}

/** A family filter keeps that family's resolutions and everything that is not a resolution. */
export function filterEntries(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  return entries.filter((entry) => {
    if (filter.kinds && !filter.kinds.includes(entry.kind)) return false;
    if (filter.family && entry.kind === 'resolution' && entry.family !== filter.family) return false;
    return true;
  });
}

export interface RailEntry extends TimelineEntry {
  current: boolean;
  highlighted: boolean;
}

/**
 * The compact timeline beside a source text: every resolution, the sessions the text refers to,
 * and the source texts nearest it in time (so the rail stays short however large the archive grows),
 * with the text itself marked as current and the resolutions it mentions highlighted.
 */
export function railEntries(
  entries: readonly TimelineEntry[],
  context: { articleId: string; mentioned: ReadonlySet<string>; sessions: ReadonlySet<number>; neighbours?: number },
): RailEntry[] {
  // Entries come in timeline order (sortEntries): sorting again for each of thousands of pages would cost more than the page.
  const texts = entries.filter((entry) => entry.kind === 'source-text');
  const at = texts.findIndex((entry) => entry.articleId === context.articleId);
  const reach = context.neighbours ?? 3;
  const nearby = new Set(at < 0 ? [] : texts.slice(Math.max(0, at - reach), at + reach + 1));
  return entries
    .filter((entry) => entry.kind === 'resolution' || nearby.has(entry) || (entry.kind === 'session' && context.sessions.has(Number(entry.id.replace('session-', '')))))
    .map((entry) => ({
      ...entry,
      current: entry.kind === 'source-text' && entry.articleId === context.articleId,
      highlighted: entry.symbol !== undefined && context.mentioned.has(entry.symbol),
    }));
}
