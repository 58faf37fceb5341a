/**
 * The one place pages get their data: every collection, cross-checked once.
 * Any problem stops the build with a message naming the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkArchive, formatProblems, type ArchiveRecords } from '../lib/checks.ts';
import { compareIsoDates } from '../lib/dates.ts';
import { paginate, type Page } from '../lib/pagination.ts';
import { pathWithBase, routes } from '../lib/paths.ts';
import { sessionName } from '../lib/sessions.ts';
import { symbolToSlug } from '../lib/slugs.ts';
import { sortEntries, type TimelineEntry } from '../lib/timeline.ts';

export type Article = CollectionEntry<'articles'> & { slug: string };
export type Resolution = CollectionEntry<'resolutions'> & { slug: string };
export type Session = CollectionEntry<'sessions'>['data'] & { number: number };
export type ContextEvent = CollectionEntry<'events'>;

export interface Archive {
  articles: Article[];
  resolutions: Resolution[];
  sessions: Map<number, Session>;
  events: ContextEvent[];
  timeline: TimelineEntry[];
}

function slugOfArticle(entry: CollectionEntry<'articles'>): string {
  return entry.data.slug ?? entry.id.split('/').at(-1) ?? entry.id;
}

function toRecords(
  articles: Article[],
  resolutions: Resolution[],
  sessions: Session[],
  captures: CollectionEntry<'captures'>[],
  events: ContextEvent[],
): ArchiveRecords {
  const sessionsFile = 'sessions.yaml';
  return {
    articles: articles.map((a) => ({
      file: a.filePath ?? a.id,
      slug: a.slug,
      body: a.body ?? '',
      captureFile: a.data.capture.file,
      removed: a.data.capture.removed,
      mentions: a.data.mentions,
      sessions: a.data.sessions,
    })),
    resolutions: resolutions.map((r) => {
      const d = r.data;
      return {
        file: r.filePath ?? r.id,
        symbol: d.symbol,
        session: d.session,
        facts: {
          agendaItem: d.agendaItem, adopted: d.adopted, meeting: d.meeting, draftSymbol: d.draftSymbol,
          orallyRevised: d.orallyRevised, amendments: d.amendments, mainSponsors: d.mainSponsors,
          coSponsors: d.coSponsors, introducedBy: d.introducedBy,
        },
        vote: { ...d.vote, states: d.vote.states },
        keyPoints: d.keyPoints,
        statements: d.statements,
      };
    }),
    sessions: sessions.map((s) => ({ number: s.number, file: sessionsFile, parts: s.parts })),
    captures: new Map(captures.map((c) => [c.id, c.data.text])),
    events: events.map((e) => ({ file: e.filePath ?? 'events.yaml', id: e.id, date: e.data.date, session: e.data.session, resolutions: e.data.resolutions })),
  };
}

function buildTimeline(archive: Omit<Archive, 'timeline'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const [number, session] of archive.sessions) {
    const first = session.parts[0];
    const last = session.parts.at(-1);
    if (!first || !last) continue;
    entries.push({ id: `session-${number}`, kind: 'session', date: first.start, endDate: last.end, title: sessionName(number), ...(session.note ? { detail: session.note } : {}) });
  }
  for (const r of archive.resolutions) {
    if (!r.data.adopted.value) continue;
    entries.push({
      id: r.slug, kind: 'resolution', date: r.data.adopted.value, title: r.data.title, symbol: r.data.symbol,
      family: r.data.family, href: pathWithBase(routes.resolution(r.slug)),
      vote: { inFavour: r.data.vote.inFavour, against: r.data.vote.against, abstaining: r.data.vote.abstaining },
    });
  }
  for (const a of archive.articles) {
    entries.push({ id: `text-${a.slug}`, kind: 'source-text', date: a.data.published.date, title: a.data.title, href: pathWithBase(routes.article(a.slug)), articleId: a.id, detail: a.data.publisher.name });
  }
  for (const e of archive.events) {
    entries.push({ id: `event-${e.id}`, kind: 'event', date: e.data.date, title: e.data.title, detail: e.data.summary });
  }
  return sortEntries(entries);
}

async function loadArchive(): Promise<Archive> {
  const [articleEntries, resolutionEntries, sessionEntries, captures, events] = await Promise.all([
    getCollection('articles'), getCollection('resolutions'), getCollection('sessions'), getCollection('captures'), getCollection('events'),
  ]);
  const articles = articleEntries
    .map((entry) => ({ ...entry, slug: slugOfArticle(entry) }))
    .sort((a, b) => compareIsoDates(b.data.published.date, a.data.published.date));
  const resolutions = resolutionEntries
    .map((entry) => ({ ...entry, slug: symbolToSlug(entry.data.symbol) }))
    .sort((a, b) => compareIsoDates(a.data.adopted.value ?? '', b.data.adopted.value ?? ''));
  const sessionList = sessionEntries.map((entry) => ({ ...entry.data, number: Number(entry.id) })).sort((a, b) => a.number - b.number);
  const problems = checkArchive(toRecords(articles, resolutions, sessionList, captures, events));
  if (problems.length > 0) throw new Error(formatProblems(problems));
  const base = { articles, resolutions, sessions: new Map(sessionList.map((s) => [s.number, s])), events };
  return { ...base, timeline: buildTimeline(base) };
}

let cached: Promise<Archive> | undefined;

/** Loaded and checked once per build, whatever the number of pages. */
export function getArchive(): Promise<Archive> {
  cached ??= loadArchive();
  return cached;
}

export function resolutionBySymbol(archive: Archive, symbol: string): Resolution | undefined {
  return archive.resolutions.find((r) => r.data.symbol === symbol);
}

/** Source texts per page of the index: a page stays around 60 KB of HTML however large the archive grows. */
export const articlesPerPage = 50;

/** The pages of the source-text index, newest first; there is always at least one. */
export function articlePages(archive: Archive): [Page<Article>, ...Page<Article>[]] {
  return paginate(archive.articles, articlesPerPage) as [Page<Article>, ...Page<Article>[]];
}
