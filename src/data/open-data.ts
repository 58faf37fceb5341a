/** The open-data downloads, built from the archive the pages use. */
import type { Archive } from './archive.ts';
import { absoluteUrl, routes } from '../lib/paths.ts';
import { officialRecordUrl } from '../lib/slugs.ts';
import {
  jsonSchemaOf,
  resolutionsCsv,
  resolutionsFile,
  sourcesFile,
  timelineFile,
  timelineJs,
  voteWords,
  votesCsv,
  votesFile,
  votesMatrixCsv,
  type ResolutionRecord,
  type SourceRecord,
  type StateVoteRecord,
} from '../lib/open-data.ts';

export function resolutionRecords(archive: Archive): ResolutionRecord[] {
  return archive.resolutions.map((r) => ({
    symbol: r.data.symbol,
    slug: r.slug,
    url: absoluteUrl(routes.resolution(r.slug)),
    officialRecord: officialRecordUrl(r.data.symbol),
    title: r.data.title,
    family: r.data.family,
    session: r.data.session,
    adopted: r.data.adopted.value,
    adoptedStatus: r.data.adopted.status,
    meeting: r.data.meeting.value,
    draftSymbol: r.data.draftSymbol.value,
    vote: {
      kind: r.data.vote.kind,
      inFavour: r.data.vote.inFavour,
      against: r.data.vote.against,
      abstaining: r.data.vote.abstaining,
      status: r.data.vote.status,
      sources: r.data.vote.sources,
      rollCall: r.data.vote.rollCall?.record ?? null,
    },
    mainSponsors: r.data.mainSponsors.value,
    sources: r.data.sources,
  }));
}

/** Every State's vote on every resolution whose roll-call the archive holds, oldest resolution first. */
export function stateVoteRecords(archive: Archive): StateVoteRecord[] {
  return archive.resolutions.flatMap((r) =>
    r.votes.map((v) => {
      const state = archive.stateByName.get(v.name);
      if (!state || !r.data.adopted.value)
        throw new Error(
          `${r.data.symbol}: ${v.name} has no State record or the resolution no date; the build's checks should have stopped this`,
        );
      const [source = '', ...confirmedBy] = v.sources;
      return {
        symbol: r.data.symbol,
        adopted: r.data.adopted.value,
        state: state.name,
        iso3: state.iso3,
        vote: voteWords[v.group],
        status: v.status,
        source,
        confirmedBy,
      };
    }),
  );
}

export function sourceRecords(archive: Archive): SourceRecord[] {
  return archive.articles.map((a) => ({
    slug: a.slug,
    url: absoluteUrl(routes.article(a.slug)),
    title: a.data.title,
    type: a.data.type,
    publisher: a.data.publisher.name,
    republishedFrom: a.data.republishedFrom ?? null,
    originalUrl: a.data.originalUrl,
    published: a.data.published.date,
    dateCertainty: a.data.published.certainty,
    author: a.data.author?.name ?? a.data.speaker?.name ?? null,
    capture: absoluteUrl(routes.capture(a.data.capture.file)),
    mentions: a.data.mentions.map((m) => ({ resolutions: m.resolutions, identification: m.identification })),
    sources: a.data.sources,
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
  {
    file: 'resolutions.json',
    title: 'Resolutions',
    format: 'JSON',
    schema: 'resolutions',
    description:
      'One object per resolution: symbol, title, series, session, adoption date, meeting, draft symbol, vote counts and their status, main sponsors, sources.',
    build: (a) => json(resolutionRecords(a)),
  },
  {
    file: 'resolutions.csv',
    title: 'Resolutions',
    format: 'CSV',
    description: 'One row per resolution, the same fields flattened.',
    build: (a) => resolutionsCsv(resolutionRecords(a)),
  },
  {
    file: 'votes.json',
    title: 'Votes by State',
    format: 'JSON',
    schema: 'votes',
    description:
      'One object per State and resolution: symbol, adoption date, State, ISO 3166 code, vote (in favour, against, abstaining, did not vote), whether a second source confirms it, and the sources.',
    build: (a) => json(stateVoteRecords(a)),
  },
  {
    file: 'votes.csv',
    title: 'Votes by State',
    format: 'CSV',
    description: 'The same, one row per State and resolution (long form).',
    build: (a) => votesCsv(stateVoteRecords(a)),
  },
  {
    file: 'votes-matrix.csv',
    title: 'Vote matrix',
    format: 'CSV',
    description:
      'One row per State, one column per resolution in date order, as on the vote matrix page; empty where the State was not a member.',
    build: (a) => votesMatrixCsv(stateVoteRecords(a)),
  },
  {
    file: 'timeline.json',
    title: 'Timeline',
    format: 'JSON',
    schema: 'timeline',
    description: 'The generated timeline: resolutions, sessions, source texts and context events, in order.',
    build: (a) => json({ entries: a.timeline }),
  },
  {
    file: 'timeline-timelinejs.json',
    title: 'Timeline for TimelineJS',
    format: 'JSON',
    description: "The same timeline in TimelineJS's JSON format.",
    build: (a) => json(timelineJs(a.timeline, absoluteUrl('/'))),
  },
  {
    file: 'sources.json',
    title: 'Source texts',
    format: 'JSON',
    schema: 'sources',
    description:
      'The provenance of every source text: publisher, original address, date and its certainty, author, capture, the resolutions it mentions.',
    build: (a) => json(sourceRecords(a)),
  },
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
  votes: () => jsonSchemaOf(votesFile, 'HRC Resolutions Archive: votes.json'),
};
