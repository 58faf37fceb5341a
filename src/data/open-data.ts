/** The open-data downloads, built from the archive the pages use. */
import type { Archive } from './archive.ts';
import { absoluteUrl, routes } from '../lib/paths.ts';
import { officialRecordUrl } from '../lib/slugs.ts';
import { jsonSchemaOf, resolutionsCsv, resolutionsFile, sourcesFile, timelineFile, timelineJs, votesCsv, type ResolutionRecord, type SourceRecord, type StateVote } from '../lib/open-data.ts';

export function resolutionRecords(archive: Archive): ResolutionRecord[] {
  return archive.resolutions.map((r) => ({
    symbol: r.data.symbol, slug: r.slug, url: absoluteUrl(routes.resolution(r.slug)), officialRecord: officialRecordUrl(r.data.symbol),
    title: r.data.title, family: r.data.family, session: r.data.session,
    adopted: r.data.adopted.value, adoptedStatus: r.data.adopted.status, meeting: r.data.meeting.value, draftSymbol: r.data.draftSymbol.value,
    vote: {
      kind: r.data.vote.kind, inFavour: r.data.vote.inFavour, against: r.data.vote.against, abstaining: r.data.vote.abstaining,
      status: r.data.vote.status, sources: r.data.vote.sources, perState: r.data.vote.states.completeness,
    },
    mainSponsors: r.data.mainSponsors.value, sources: r.data.sources,
  }));
}

export function stateVotes(archive: Archive): StateVote[] {
  return archive.resolutions.flatMap((r) => {
    const s = r.data.vote.states;
    if (s.completeness !== 'complete') return [];
    return [
      ...(s.inFavour ?? []).map((state) => ({ symbol: r.data.symbol, state, vote: 'in favour' as const })),
      ...(s.against ?? []).map((state) => ({ symbol: r.data.symbol, state, vote: 'against' as const })),
      ...(s.abstaining ?? []).map((state) => ({ symbol: r.data.symbol, state, vote: 'abstaining' as const })),
    ];
  });
}

export function sourceRecords(archive: Archive): SourceRecord[] {
  return archive.articles.map((a) => ({
    slug: a.slug, url: absoluteUrl(routes.article(a.slug)), title: a.data.title, type: a.data.type, publisher: a.data.publisher.name,
    republishedFrom: a.data.republishedFrom ?? null, originalUrl: a.data.originalUrl, published: a.data.published.date,
    dateCertainty: a.data.published.certainty, author: a.data.author?.name ?? a.data.speaker?.name ?? null,
    capture: absoluteUrl(routes.capture(a.data.capture.file)),
    mentions: a.data.mentions.map((m) => ({ resolutions: m.resolutions, identification: m.identification })), sources: a.data.sources,
  }));
}

export interface Download {
  file: string;
  title: string;
  format: 'JSON' | 'CSV';
  description: string;
  schema?: string;
  build: (archive: Archive) => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every download, in the order the /data/ page lists them. */
export const downloads: readonly Download[] = [
  { file: 'resolutions.json', title: 'Resolutions', format: 'JSON', schema: 'resolutions', description: 'One object per resolution: symbol, title, series, session, adoption date, meeting, draft symbol, vote counts and their status, main sponsors, sources.', build: (a) => json(resolutionRecords(a)) },
  { file: 'resolutions.csv', title: 'Resolutions', format: 'CSV', description: 'One row per resolution, the same fields flattened.', build: (a) => resolutionsCsv(resolutionRecords(a)) },
  { file: 'votes.csv', title: 'Votes by State', format: 'CSV', description: 'One row per State and resolution, where the per-State vote is known (so far A/HRC/RES/37/23 only).', build: (a) => votesCsv(stateVotes(a)) },
  { file: 'timeline.json', title: 'Timeline', format: 'JSON', schema: 'timeline', description: 'The generated timeline: resolutions, sessions, source texts and context events, in order.', build: (a) => json({ entries: a.timeline }) },
  { file: 'timeline-timelinejs.json', title: 'Timeline for TimelineJS', format: 'JSON', description: "The same timeline in TimelineJS's JSON format.", build: (a) => json(timelineJs(a.timeline, absoluteUrl('/'))) },
  { file: 'sources.json', title: 'Source texts', format: 'JSON', schema: 'sources', description: 'The provenance of every source text: publisher, original address, date and its certainty, author, capture, the resolutions it mentions.', build: (a) => json(sourceRecords(a)) },
];

const built = new WeakMap<Archive, Map<string, string>>();

/** A download's content, built once per build: the /data/ page gives its size, its route writes it. */
export function downloadBody(download: Download, archive: Archive): string {
  let bodies = built.get(archive);
  if (!bodies) {
    bodies = new Map();
    built.set(archive, bodies);
  }
  let body = bodies.get(download.file);
  if (body === undefined) {
    body = download.build(archive);
    bodies.set(download.file, body);
  }
  return body;
}

export const schemas: Record<string, () => Record<string, unknown>> = {
  resolutions: () => jsonSchemaOf(resolutionsFile, 'HRC Resolutions Archive: resolutions.json'),
  sources: () => jsonSchemaOf(sourcesFile, 'HRC Resolutions Archive: sources.json'),
  timeline: () => jsonSchemaOf(timelineFile, 'HRC Resolutions Archive: timeline.json'),
};
