/** What the search index holds besides pages, and how filters appear in a shareable URL. */
import { formatDate, formatRange, yearOf } from './dates.ts';
import { routes } from './paths.ts';
import { recordAnchors } from './anchors.ts';
import type { ReadingRecord, TitleRecord } from './open-data.ts';
import { seriesLabels } from './provenance.ts';
import { entryKindLabels } from './timeline.ts';
import type { TimelineEntry, TimelineFile } from '../schemas/timeline-entry.ts';
import type { SeriesId } from '../schemas/series.ts';

/** The `type` filter's values, one vocabulary for pages and records. */
export const searchTypes = {
  sourceText: 'Source text',
  resolution: 'Resolution',
  state: 'State',
  sessionOrEvent: 'Session or event',
  furtherReading: 'Further reading',
  followUp: 'Set in motion by a resolution',
} as const;

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Sessions and context events have no page of their own; each becomes a search record that opens
 * the timeline at its entry. Resolutions and source texts are indexed from their own pages.
 * Its address is relative to the site, like the pages Pagefind reads from disk: the search page's
 * `base-url` puts the deployment base in front of both.
 */
export function timelineSearchRecords(timeline: TimelineFile): SearchRecord[] {
  return timeline.entries
    .filter((entry) => entry.kind === 'session' || entry.kind === 'event' || entry.kind === 'follow-up')
    .map((entry) => {
      const when = entry.endDate ? formatRange(entry.date, entry.endDate) : formatDate(entry.date);
      return {
        url: `${routes.timeline()}#${entry.id}`,
        content: [entry.title, when, entry.detail ?? ''].join('. '),
        language: 'en',
        meta: { title: entry.title, date: when, kind: entryKindLabels[entry.kind], [SORT_DATE_META]: entry.date },
        filters: {
          type: [entry.kind === 'follow-up' ? searchTypes.followUp : searchTypes.sessionOrEvent],
          year: [String(yearOf(entry.date))],
        },
      };
    });
}

/** `Source text` → `source-text`: filter values as they appear in a shareable URL. */
export function filterSlug(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The search state in a URL: `?q=vaccines&type=source-text&year=2021`. */
export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
}

/** Filters whose name in the address changed: shared links that use the former name keep working. */
const formerFilterNames: Readonly<Record<string, string>> = { series: 'family' };

/** Reads the state from a query string, mapping URL slugs back to the filter values they name. */
export function readSearchState(search: string, filterValues: Record<string, readonly string[]>): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(filterValues)) {
    const former = formerFilterNames[name];
    const wanted = [...params.getAll(name), ...(former ? params.getAll(former) : [])];
    const chosen = values.filter((value) => wanted.includes(filterSlug(value)));
    if (chosen.length > 0) filters[name] = chosen;
  }
  return { query: (params.get('q') ?? '').slice(0, MAX_QUERY_IN_URL), filters };
}

/**
 * The longest query kept in an address. A pasted page of text still searches, but the address
 * stays well below the 2,000 or so characters some servers and proxies refuse.
 */
export const MAX_QUERY_IN_URL = 500;

/** Writes the state as a query string, filters in a stable order so equal states give equal URLs. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.slice(0, MAX_QUERY_IN_URL));
  for (const name of Object.keys(state.filters).sort()) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, filterSlug(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The filters, in the order the search page shows them, with their names there. */
export const searchFilterLabels = { type: 'Type', year: 'Year', series: 'Series', publisher: 'Publisher' } as const;

/** Every value each filter can take, from the entries the index holds, for reading URLs back. */
export function searchFilterValues(
  entries: readonly TimelineEntry[],
): Record<keyof typeof searchFilterLabels, string[]> {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  return {
    type: Object.values(searchTypes),
    year: sorted(entries.map((entry) => String(yearOf(entry.date)))),
    series: sorted(entries.flatMap((entry) => (entry.series ? [seriesLabels[entry.series].short] : []))),
    publisher: sorted(entries.flatMap((entry) => (entry.kind === 'source-text' && entry.detail ? [entry.detail] : []))),
  };
}

/**
 * The date order of search results lives in a file of its own, fetched only when a reader asks for
 * "Newest first" or "Oldest first", instead of in Pagefind's sort index: that index is part of the
 * metadata every first search loads (about 22 KB of 100 KB at 10,000 texts).
 * Each record carries its date as this Pagefind meta field; the index step reads it back to write
 * the file.
 */
export const SORT_DATE_META = 'sort_date';
/** The file, relative to the site: the records' Pagefind ids, oldest first. */
export const DATE_ORDER_FILE = 'search/date-order.json';

export interface DateOrder {
  oldestFirst: string[];
}

/** Records with a date, oldest first; the same day in the order of their addresses, so builds repeat. */
export function dateOrder(records: ReadonlyArray<{ id: string; url: string; date?: string | undefined }>): DateOrder {
  const dated = records.filter((record): record is { id: string; url: string; date: string } => !!record.date);
  dated.sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url));
  return { oldestFirst: dated.map((record) => record.id) };
}

/**
 * Results in date order. A record without a date of its own (a State) keeps its place by relevance
 * after the dated ones, rather than dropping out of the results as it would in Pagefind's own sort.
 */
export function orderByDate<T extends { id: string }>(
  results: readonly T[],
  order: DateOrder,
  direction: 'asc' | 'desc',
): T[] {
  const rank = new Map(order.oldestFirst.map((id, index) => [id, index]));
  const dated = results.filter((result) => rank.has(result.id));
  const undated = results.filter((result) => !rank.has(result.id));
  const sign = direction === 'asc' ? 1 : -1;
  // Stryker disable next-line ArithmeticOperator: ids differ, so d is never 0 and sign / d orders as sign * d
  dated.sort((a, b) => sign * ((rank.get(a.id) as number) - (rank.get(b.id) as number)));
  return [...dated, ...undated];
}

/** The environment variable Pagefind 1.6 reads for the number of word places in one chunk of its index. */
export const INDEX_CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * How many word places to put in one chunk of the search index, for a site of this many bytes of HTML.
 * A first search loads the list of chunks (one entry each) and then the chunk that holds each of its
 * words. Pagefind's fixed 20,000 places make that chunk about 26 KB here, a quarter of the first
 * search; smaller chunks make the list longer. The sum of the two is least at the square root of
 * (places × bytes per list entry ÷ bytes per place). Measured on this archive: an entry in the list
 * is about 13 bytes compressed, a word place 1.5 bytes, and the built site holds one word place per
 * 120 bytes of HTML. Below 1,000 places a chunk saves less than the request for it costs.
 */
export function indexChunkSize(htmlBytes: number): number {
  const places = htmlBytes / 120;
  const best = Math.sqrt((places * 13) / 1.5);
  return Math.round(Math.min(20_000, Math.max(1_000, best)));
}

/** `date-desc` in a URL ↔ `{ date: 'desc' }`; anything else is best match. */
export function parseSort(value: string | null): { date: 'asc' | 'desc' } | undefined {
  return value === 'date-desc' ? { date: 'desc' } : value === 'date-asc' ? { date: 'asc' } : undefined;
}

/**
 * The query as Pagefind is asked it. A lone word of one to three letters is matched as a whole word:
 * Pagefind reads the last word of a query as the start of longer words, and a start that short
 * matches far too many ("UK" would find Ukraine first, "in" every page with "India" or "international").
 */
export function pagefindQuery(query: string): string {
  const trimmed = query.trim();
  return /^\p{L}{1,3}$/u.test(trimmed) ? `"${trimmed}"` : query;
}

/** Words too common to find anything by: a query of these alone is answered with a hint. */
const stopWords = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their this to was were which with'.split(
    ' ',
  ),
);

/** Whether every word of the query is a stop word (and there is at least one). */
export function onlyStopWords(query: string): boolean {
  const words = query.toLocaleLowerCase('en').match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.every((word) => stopWords.has(word));
}

/**
 * State names of one to three letters ("UK", "USA", "США"), lower-cased, each with its State's page.
 * Matched as whole words they are rare, so Pagefind may still rank a page that mentions one above the
 * page of the State it names; the search page moves that State's page first. A name two States share
 * ("RU" is the United Kingdom in Spanish and Russia's code) leads to neither.
 */
export function shortNamePins(
  states: ReadonlyArray<{ slug: string; names: readonly string[] }>,
): Record<string, string> {
  const pages = new Map<string, Set<string>>();
  for (const state of states)
    for (const name of state.names)
      // Chinese names are not read as the start of longer words, so they need no pin.
      if (/^[\p{Script=Latin}\p{Script=Cyrillic}]{1,3}$/u.test(name)) {
        const key = name.toLocaleLowerCase('en');
        pages.set(key, (pages.get(key) ?? new Set()).add(routes.state(state.slug)));
      }
  return Object.fromEntries(
    [...pages].flatMap(([key, urls]) => (urls.size === 1 ? [[key, ...urls] as [string, string]] : [])),
  );
}

/** A name or query as lower-case words, for matching names whole. */
const nameWords = (text: string) =>
  text
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

/** Each State's names, as words, with the anchor of its vote on a resolution's page. */
export function stateVoteAnchors(
  states: ReadonlyArray<{ names: readonly string[]; anchor: string }>,
): Record<string, string> {
  return Object.fromEntries(
    states.flatMap((state) => state.names.map((name) => [nameWords(name), state.anchor] as const)),
  );
}

/**
 * A resolution page found by a State's name opens at that State's vote: the address gains the anchor
 * of the State the query names (the longest name the query holds as whole words), unless it has one.
 */
export function atStateVote(url: string, query: string, anchors: Readonly<Record<string, string>>): string {
  if (!/\/resolutions\/a-hrc-res-[\w-]+\/(\?[^#]*)?$/.test(url)) return url;
  const words = ` ${nameWords(query)} `;
  const named = Object.keys(anchors)
    .filter((name) => words.includes(` ${name} `))
    .sort((a, b) => b.length - a.length)[0];
  return named === undefined ? url : `${url}#${anchors[named]}`;
}

/** The results with the page a short name pins first, where it is among them. */
export function pinFirst<T extends { url: string }>(results: readonly T[], pinned: string | undefined): T[] {
  const at = pinned === undefined ? -1 : results.findIndex((r) => r.url === pinned);
  return at <= 0 ? [...results] : [results[at] as T, ...results.slice(0, at), ...results.slice(at + 1)];
}

/**
 * The forms in which readers write a resolution's symbol, shown on its page (and so indexed) so
 * that `37/23`, `res 37/23`, `HRC 37/23` or the draft symbol all find the resolution first.
 */
export function symbolAliases(symbol: string, draftSymbol: string | null): string[] {
  // Stryker disable next-line Regex: a resolution symbol starts with A/HRC/RES/, so the anchor never decides
  const short = symbol.replace(/^A\/HRC\/RES\//, '');
  const draft = draftSymbol?.match(/A\/HRC\/\d+\/L\.\d+(\/Rev\.\d+)?/)?.[0];
  const draftShort = draft?.match(/L\.\d+(\/Rev\.\d+)?$/)?.[0];
  return [
    short,
    `res ${short}`,
    `HRC ${short}`,
    `HRC res ${short}`,
    `HRC/RES/${short}`,
    `resolution ${short}`,
    ...(draft ? [draft] : []),
    ...(draftShort ? [draftShort] : []),
  ];
}

/** A record indexed as a small HTML page: its own address, and weights that keep it below the pages. */
export interface SearchPage {
  url: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * A record as Pagefind reads a page: meta and filters as attributes, the text at a weight below 1,
 * so that a short record never outranks the page of the resolution, State or text it is about. Its
 * name is the meta `label`, not `title`: Pagefind searches a page's title as part of its text, at
 * full weight.
 */
function searchPage(
  url: string,
  record: {
    label: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
    text: string;
    weight: number;
  },
): SearchPage {
  const meta = Object.entries({ label: record.label, ...record.meta }).map(
    ([key, value]) => `<span data-pagefind-meta="${escapeHtml(`${key}:${value}`)}"></span>`,
  );
  const filters = Object.entries(record.filters).flatMap(([key, values]) =>
    values.map((value) => `<span data-pagefind-filter="${escapeHtml(`${key}:${value}`)}"></span>`),
  );
  const body = `<p data-pagefind-weight="${record.weight}">${escapeHtml(record.text)}</p>`;
  return {
    url,
    html: `<!doctype html><html lang="en"><body><main data-pagefind-body>${[...meta, ...filters, body].join('')}</main></body></html>`,
  };
}

/** A UN document symbol as texts write it: A/HRC/RES/37/23, A/HRC/37/L.36, HRC/RES/46/13. */
const UN_SYMBOL = /\b(?:A\/)?HRC\/[\w./-]*\w/gi;

/** A text of further reading as the index reads it back from further-reading.json. */
export type ReadingForSearch = Pick<ReadingRecord, 'id' | 'title' | 'publisher' | 'issued' | 'summary'> & {
  creators: ReadonlyArray<Pick<ReadingRecord['creators'][number], 'name'>>;
};

/** Each text of further reading is a record of its own, opening the list at its entry. */
export function readingSearchPages(readings: readonly ReadingForSearch[]): SearchPage[] {
  return readings.map((r) =>
    searchPage(`${routes.furtherReading()}#${recordAnchors.reading(r.id)}`, {
      // Read as sentences: a part that ends with its own stop gets no second one. UN document symbols
      // are elided (…): a search for one opens the resolution's own page, which lists every form of it.
      text: [r.title, r.creators.map((c) => c.name).join(', '), r.publisher, r.summary]
        .filter(Boolean)
        .map((part) => part.replace(UN_SYMBOL, '…').replace(/\.$/, ''))
        .join('. '),
      weight: 0.05,
      label: r.title,
      meta: {
        date: r.issued,
        kind: `${searchTypes.furtherReading}: ${r.publisher}`,
        ...(r.issued.length === 10 ? { [SORT_DATE_META]: r.issued } : {}),
      },
      filters: { type: [searchTypes.furtherReading], year: [r.issued.slice(0, 4)] },
    }),
  );
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * Words a search in Chinese, Japanese or Korean can find. The index splits words at spaces, as
 * English is written, so a title in Chinese would be one long word and a search for a few of its
 * characters would miss it. Every run of those scripts is indexed with each of its suffixes: a query
 * of consecutive characters is then the start of one of them, which Pagefind's prefix match finds.
 */
export function cjkSearchWords(text: string): string[] {
  return [...text.matchAll(CJK)].flatMap(([run]) => {
    const chars = [...run];
    return chars.slice(0, -1).map((_, i) => chars.slice(i).join(''));
  });
}

/** A resolution and its wordings as the index reads them back from titles.json. */
export type TitleForSearch = Pick<TitleRecord, 'symbol' | 'slug' | 'series' | 'title'> & {
  wordings: ReadonlyArray<Pick<TitleRecord['wordings'][number], 'text' | 'about'>>;
};

/**
 * Titles in other languages, found where a page shows them: a wording written about one resolution
 * on that resolution's page, any other wording of a series' title on the series page. Only the
 * wordings are indexed: the symbol and the English title are the page's own to be found by.
 */
export function titleSearchPages(resolutions: readonly TitleForSearch[]): SearchPage[] {
  const page = (url: string, title: string, kind: string, wordings: ReadonlyArray<{ text: string }>) =>
    searchPage(url, {
      text: [...new Set([...wordings.map((w) => w.text), ...wordings.flatMap((w) => cjkSearchWords(w.text))])].join(
        ' ',
      ),
      weight: 0.5,
      label: title,
      meta: { kind },
      filters: { type: [searchTypes.resolution] },
    });
  const own = resolutions.flatMap((r) => {
    const wordings = r.wordings.filter((w) => w.about === r.symbol);
    return wordings.length === 0
      ? []
      : [
          page(
            `${routes.resolution(r.slug)}#${recordAnchors.otherTitles}`,
            `${r.symbol}: ${r.title}`,
            `${searchTypes.resolution}: its title in other languages`,
            wordings,
          ),
        ];
  });
  const bySeries = new Map<SeriesId, { title: string; wordings: Map<string, { text: string }> }>();
  for (const r of resolutions) {
    const group = bySeries.get(r.series) ?? { title: r.title, wordings: new Map() };
    for (const w of r.wordings) if (w.about === undefined) group.wordings.set(w.text, w);
    bySeries.set(r.series, group);
  }
  const series = [...bySeries]
    .filter(([, s]) => s.wordings.size > 0)
    .map(([id, s]) =>
      page(
        `${routes.series(id)}#${recordAnchors.otherTitles}`,
        `Series: ${s.title}`,
        'Series: its title in other languages',
        [...s.wordings.values()],
      ),
    );
  return [...own, ...series];
}
