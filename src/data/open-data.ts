/** The open-data downloads, built from the archive the pages use. */
import type { Archive } from './archive.ts';
import { timelineFile } from '../schemas/timeline-entry.ts';
import { recordAnchors } from '../lib/anchors.ts';
import { readingBibtex, readingRis, readingsCslJson, type CitableReading } from '../lib/reading-citations.ts';
import { symbolToSlug } from '../lib/slugs.ts';
import { absoluteUrl, routes } from '../lib/paths.ts';
import { officialRecordUrl } from '../lib/slugs.ts';
import {
  followUpCsv,
  followUpFile,
  jsonSchemaOf,
  readingsCsv,
  readingsFile,
  statementsCsv,
  statementsFile,
  titlesFile,
  type FollowUpRecord,
  type TitleRecord,
  type ReadingRecord,
  type StatementRecord,
  resolutionsCsv,
  resolutionsFile,
  sourcesFile,
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
    series: r.data.series,
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
  return archive.sourceTexts.map((a) => ({
    slug: a.slug,
    url: absoluteUrl(routes.sourceText(a.slug)),
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

export function statementRecords(archive: Archive): StatementRecord[] {
  return archive.statements.map((s) => ({
    id: s.id,
    archiveUrl: absoluteUrl(`${routes.resolution(symbolToSlug(s.data.resolution))}#${recordAnchors.statement(s.id)}`),
    ...s.data,
  }));
}

export function followUpRecords(archive: Archive): FollowUpRecord[] {
  return archive.followUp.map((f) => ({
    id: f.id,
    archiveUrl: absoluteUrl(`${routes.resolution(symbolToSlug(f.data.resolution))}#${recordAnchors.followUp(f.id)}`),
    ...f.data,
  }));
}

/** A further-reading record's place in the archive: its entry on the page that lists every text. */
export function readingArchiveUrl(id: string): string {
  return absoluteUrl(`${routes.furtherReading()}#${recordAnchors.reading(id)}`);
}

export function readingRecords(archive: Archive): ReadingRecord[] {
  return archive.readings.map((r) => ({
    id: r.id,
    archiveUrl: readingArchiveUrl(r.id),
    voices: Object.fromEntries(r.voices),
    ...r.data,
  }));
}

/** Each resolution with its titles in other languages, each as its publisher wrote it. */
export function titleRecords(archive: Archive): TitleRecord[] {
  return archive.resolutions.map((r) => {
    const original = archive.drafting.get(r.data.symbol)?.originalTitle?.value;
    return {
      symbol: r.data.symbol,
      slug: r.slug,
      series: r.data.series,
      title: r.data.title,
      wordings: archive.titles
        .filter((t) => t.data.renders === r.data.title || t.data.renders === original)
        .map((t) => ({ id: t.id, ...t.data })),
    };
  });
}

function citableReadings(archive: Archive): CitableReading[] {
  return archive.readings.map((r) => ({ id: r.id, data: r.data, archiveUrl: readingArchiveUrl(r.id) }));
}

/**
 * Changes to the files' shape, newest first, so that a reader's own scripts can follow them. `change`
 * is HTML written here, never content: field names are set in <code>.
 */
export const dataChanges: readonly { date: string; files: readonly string[]; change: string }[] = [
  {
    date: '2026-12-05',
    files: ['timeline.json'],
    change:
      "The field <code>articleId</code> of a source text's entry is now called <code>sourceTextId</code>. Its values, the last part of the text's address under <code>/articles/</code>, are unchanged.",
  },
  {
    date: '2026-12-05',
    files: ['resolutions.json', 'resolutions.csv', 'timeline.json', 'titles.json'],
    change:
      'The field <code>family</code> is now called <code>series</code>, the word the pages use. Its values (<code>development</code>, <code>cooperation</code>, <code>related</code>) are unchanged.',
  },
];

export interface Download {
  file: string;
  title: string;
  format: 'JSON' | 'CSV' | 'CSL-JSON' | 'RIS' | 'BibTeX';
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
    file: 'statements.json',
    title: 'Statements at the votes',
    format: 'JSON',
    schema: 'statements',
    description:
      'Who spoke at or around each adoption: the resolution, the date, the State or organisation and the person, the stage (presented the draft, explained a vote…), the position, the reason given in the archive’s words, its status and sources.',
    build: (a) => json(statementRecords(a)),
  },
  {
    file: 'statements.csv',
    title: 'Statements at the votes',
    format: 'CSV',
    description: 'The same, one row per statement.',
    build: (a) => statementsCsv(statementRecords(a)),
  },
  {
    file: 'follow-up.json',
    title: 'What the resolutions set in motion',
    format: 'JSON',
    schema: 'follow-up',
    description:
      'Each request of a resolution (a study, a seminar, a panel, a report) and what became of it: dates, document symbols where known, status and sources.',
    build: (a) => json(followUpRecords(a)),
  },
  {
    file: 'follow-up.csv',
    title: 'What the resolutions set in motion',
    format: 'CSV',
    description: 'The same, one row per request.',
    build: (a) => followUpCsv(followUpRecords(a)),
  },
  {
    file: 'further-reading.json',
    title: 'Further reading',
    format: 'JSON',
    schema: 'further-reading',
    description:
      'Texts about the resolutions from every side: title, author or speaker, publisher, date, kind, whose voice (a State placed by its vote on each resolution), the resolutions, a one-sentence summary and the link to the original.',
    build: (a) => json(readingRecords(a)),
  },
  {
    file: 'further-reading.csv',
    title: 'Further reading',
    format: 'CSV',
    description: 'The same, one row per text.',
    build: (a) => readingsCsv(readingRecords(a)),
  },
  {
    file: 'further-reading.csl.json',
    title: 'Further reading for reference managers',
    format: 'CSL-JSON',
    description: 'Every text of further reading as CSL-JSON, which Zotero and other reference managers import.',
    build: (a) => readingsCslJson(citableReadings(a)),
  },
  {
    file: 'further-reading.ris',
    title: 'Further reading for reference managers',
    format: 'RIS',
    description: 'The same as RIS (EndNote, Mendeley, Zotero).',
    build: (a) => citableReadings(a).map(readingRis).join(''),
  },
  {
    file: 'further-reading.bib',
    title: 'Further reading for reference managers',
    format: 'BibTeX',
    description: 'The same as BibTeX.',
    build: (a) => `${citableReadings(a).map(readingBibtex).join('\n\n')}\n`,
  },
  {
    file: 'titles.json',
    title: 'Titles in other languages',
    format: 'JSON',
    schema: 'titles',
    description:
      'Each resolution with its title as other publishers wrote it in other languages: the wording, its language, the publisher, the date and the address. None is the UN’s official wording.',
    build: (a) => json(titleRecords(a)),
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

/** Excel reads a CSV file as UTF-8 only when it begins with the byte-order mark; other programs skip it. */
const BYTE_ORDER_MARK = '\uFEFF';

/** A download as its file holds it: the body, and for a CSV file the byte-order mark before it. */
export function downloadFile(download: Download, archive: Archive): string {
  const body = downloadBody(download, archive);
  return download.format === 'CSV' ? `${BYTE_ORDER_MARK}${body}` : body;
}

export const schemas: Record<string, () => Record<string, unknown>> = {
  resolutions: () => jsonSchemaOf(resolutionsFile, 'HRC Resolutions Archive: resolutions.json'),
  sources: () => jsonSchemaOf(sourcesFile, 'HRC Resolutions Archive: sources.json'),
  timeline: () => jsonSchemaOf(timelineFile, 'HRC Resolutions Archive: timeline.json'),
  votes: () => jsonSchemaOf(votesFile, 'HRC Resolutions Archive: votes.json'),
  statements: () => jsonSchemaOf(statementsFile, 'HRC Resolutions Archive: statements.json'),
  'follow-up': () => jsonSchemaOf(followUpFile, 'HRC Resolutions Archive: follow-up.json'),
  titles: () => jsonSchemaOf(titlesFile, 'HRC Resolutions Archive: titles.json'),
  'further-reading': () => jsonSchemaOf(readingsFile, 'HRC Resolutions Archive: further-reading.json'),
};
