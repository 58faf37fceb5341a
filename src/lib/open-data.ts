/**
 * The archive's open data: what each download holds, its JSON Schema, and CSV writing.
 * Built from the same records the pages show, so the downloads and the pages cannot disagree.
 */
import { z } from 'zod';
import { sourceTextTypes, dateCertainties, mentionIdentifications } from '../schemas/source-text.ts';
import { factStatuses } from '../schemas/common.ts';
import { seriesIds } from '../schemas/series.ts';
import { voteKinds } from '../schemas/resolution.ts';
import { voteGroupLabels, voteGroups, type VoteGroup } from '../schemas/roll-call.ts';
import { followUpSchema, type FollowUpData } from '../schemas/follow-up.ts';
import { otherTitleSchema } from '../schemas/other-title.ts';
import { readingSchema, type ReadingData } from '../schemas/reading.ts';
import { statementSchema, type StatementData } from '../schemas/statement.ts';
import type { TimelineEntry } from '../schemas/timeline-entry.ts';
import { voiceClasses, type VoiceClass } from './voices.ts';

const status = z.enum(factStatuses);

export const resolutionRecord = z.object({
  symbol: z.string().describe('UN document symbol, e.g. A/HRC/RES/37/23'),
  slug: z.string(),
  url: z.url().describe("The resolution's permanent page in the archive"),
  officialRecord: z.url().describe('The official text at undocs.org'),
  title: z.string(),
  series: z.enum(seriesIds),
  session: z.number().int(),
  adopted: z.string().nullable().describe('Adoption date, YYYY-MM-DD'),
  adoptedStatus: status,
  meeting: z.string().nullable(),
  draftSymbol: z.string().nullable(),
  vote: z.object({
    kind: z.enum(voteKinds),
    inFavour: z.number().int().nullable(),
    against: z.number().int().nullable(),
    abstaining: z.number().int().nullable(),
    status,
    sources: z.array(z.url()),
    rollCall: z
      .url()
      .nullable()
      .describe(
        "The OHCHR voting record whose roll-call the archive holds (every member's vote is in votes.json), or null",
      ),
  }),
  mainSponsors: z.array(z.string()).nullable(),
  sources: z.array(z.url()),
});
export type ResolutionRecord = z.infer<typeof resolutionRecord>;
export const resolutionsFile = z.array(resolutionRecord);

export const sourceRecord = z.object({
  slug: z.string(),
  url: z.url(),
  title: z.string(),
  type: z.enum(sourceTextTypes),
  publisher: z.string(),
  republishedFrom: z.string().nullable(),
  originalUrl: z.url(),
  published: z.string().describe('YYYY-MM-DD'),
  dateCertainty: z.enum(dateCertainties),
  author: z.string().nullable(),
  capture: z.url().describe('The text as captured, unedited'),
  mentions: z.array(z.object({ resolutions: z.array(z.string()), identification: z.enum(mentionIdentifications) })),
  sources: z.array(z.url()),
});
export type SourceRecord = z.infer<typeof sourceRecord>;
export const sourcesFile = z.array(sourceRecord);

/** The JSON Schema (draft 2020-12) published beside each JSON download. */
export function jsonSchemaOf(schema: z.ZodType, title: string): Record<string, unknown> {
  // Stryker disable next-line ObjectLiteral: draft 2020-12 is zod's default target too; the option tells the reader
  return { title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
}

/** RFC 4180 CSV: a header row, every field quoted when it must be, CRLF line ends. */
export function toCsv<T>(
  rows: readonly T[],
  columns: ReadonlyArray<[header: string, value: (row: T) => string | number | null | undefined]>,
): string {
  const quote = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    columns.map(([header]) => quote(header)).join(','),
    ...rows.map((row) => columns.map(([, value]) => quote(value(row))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function resolutionsCsv(records: readonly ResolutionRecord[]): string {
  return toCsv(records, [
    ['symbol', (r) => r.symbol],
    ['title', (r) => r.title],
    ['series', (r) => r.series],
    ['session', (r) => r.session],
    ['adopted', (r) => r.adopted],
    ['adopted_status', (r) => r.adoptedStatus],
    ['meeting', (r) => r.meeting],
    ['draft_symbol', (r) => r.draftSymbol],
    ['vote_kind', (r) => r.vote.kind],
    ['in_favour', (r) => r.vote.inFavour],
    ['against', (r) => r.vote.against],
    ['abstaining', (r) => r.vote.abstaining],
    ['vote_status', (r) => r.vote.status],
    ['roll_call', (r) => r.vote.rollCall],
    ['main_sponsors', (r) => r.mainSponsors?.join('; ')],
    ['url', (r) => r.url],
    ['official_record', (r) => r.officialRecord],
  ]);
}

/** How a vote is written in the downloads: `in favour`, `against`, `abstaining`, `did not vote`. */
export const voteWords = Object.fromEntries(
  voteGroups.map((g) => [g, voteGroupLabels[g].heading.toLowerCase()]),
) as Record<VoteGroup, string>;

export const stateVoteRecord = z.object({
  symbol: z.string().describe('UN document symbol of the resolution'),
  adopted: z.string().describe('Adoption date, YYYY-MM-DD'),
  state: z.string().describe('The State as the OHCHR voting catalogue names it'),
  iso3: z.string().describe('ISO 3166-1 alpha-3 code'),
  vote: z.enum(Object.values(voteWords) as [string, ...string[]]),
  status: z
    .enum(['confirmed', 'single-source'])
    .describe('confirmed: a second source states this vote too; single-source: the OHCHR voting record alone'),
  source: z.url().describe('The OHCHR voting record'),
  confirmedBy: z.array(z.url()).describe('Sources other than the record that state this vote'),
});
export type StateVoteRecord = z.infer<typeof stateVoteRecord>;
export const votesFile = z.array(stateVoteRecord);

/** Long form: one row per State and resolution. */
export function votesCsv(votes: readonly StateVoteRecord[]): string {
  return toCsv(votes, [
    ['symbol', (v) => v.symbol],
    ['adopted', (v) => v.adopted],
    ['state', (v) => v.state],
    ['iso3', (v) => v.iso3],
    ['vote', (v) => v.vote],
    ['status', (v) => v.status],
    ['source', (v) => v.source],
    ['confirmed_by', (v) => v.confirmedBy.join(' ')],
  ]);
}

/** Wide form: one row per State, one column per resolution (oldest first); empty where it was not a member. */
export function votesMatrixCsv(votes: readonly StateVoteRecord[]): string {
  const symbols = [...new Map(votes.map((v) => [v.symbol, v.adopted]))]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([symbol]) => symbol);
  const states = [...new Map(votes.map((v) => [v.state, v.iso3]))].sort((a, b) => a[0].localeCompare(b[0], 'en'));
  const cell = new Map(votes.map((v) => [`${v.state}\u0000${v.symbol}`, v.vote]));
  return toCsv(states, [
    ['state', ([state]) => state],
    ['iso3', ([, iso3]) => iso3],
    ...symbols.map((symbol): [string, (row: [string, string]) => string | undefined] => [
      symbol,
      ([state]) => cell.get(`${state}\u0000${symbol}`),
    ]),
  ]);
}

/** The timeline in TimelineJS's JSON format, so the data can drive a TimelineJS widget elsewhere. */
export function timelineJs(entries: readonly TimelineEntry[], siteUrl: string): Record<string, unknown> {
  const date = (iso: string) => {
    const [year, month, day] = iso.split('-');
    return { year, month, day };
  };
  return {
    title: {
      text: {
        headline: 'HRC Resolutions Archive',
        text: "The UN Human Rights Council's China-sponsored resolutions, 2017–2022: resolutions, sessions, source texts and context events.",
      },
    },
    events: entries.map((entry) => ({
      unique_id: entry.id,
      start_date: date(entry.date),
      ...(entry.endDate ? { end_date: date(entry.endDate) } : {}),
      text: { headline: entry.symbol ? `${entry.symbol}: ${entry.title}` : entry.title, text: entry.detail ?? '' },
      group: entry.kind,
      ...(entry.href ? { url: new URL(entry.href, siteUrl).href } : {}),
    })),
  };
}

/** The record around each vote, as published: each content record with its id and its place in the archive. */
const placed = z.object({
  id: z.string().describe('The record’s id, stable across editions'),
  archiveUrl: z.url().describe('Where the archive shows the record'),
});
export const statementsFile = z.array(placed.and(statementSchema));
export type StatementRecord = z.infer<typeof placed> & StatementData;
export const followUpFile = z.array(placed.and(followUpSchema));
export type FollowUpRecord = z.infer<typeof placed> & FollowUpData;
export const readingsFile = z.array(
  placed
    .extend({
      voices: z
        .record(z.string(), z.enum(voiceClasses))
        .describe('For each resolution the text concerns, whose voice it is (a State by its vote on that resolution)'),
    })
    .and(readingSchema),
);
export type ReadingRecord = z.infer<typeof placed> & { voices: Record<string, VoiceClass> } & ReadingData;

export function statementsCsv(records: readonly StatementRecord[]): string {
  return toCsv(records, [
    ['id', (s) => s.id],
    ['resolution', (s) => s.resolution],
    ['date', (s) => s.date],
    ['state', (s) => s.speaker.state],
    ['organisation', (s) => s.speaker.organisation],
    ['on_behalf_of', (s) => s.speaker.onBehalfOf],
    ['person', (s) => s.speaker.person],
    ['role', (s) => s.speaker.role],
    ['stage', (s) => s.stage],
    ['position', (s) => s.position],
    ['summary', (s) => s.summary],
    ['reported_by', (s) => s.reportedBy],
    ['status', (s) => s.status],
    ['sources', (s) => s.sources.join(' ')],
    ['archive_url', (s) => s.archiveUrl],
  ]);
}

export function followUpCsv(records: readonly FollowUpRecord[]): string {
  return toCsv(records, [
    ['id', (f) => f.id],
    ['resolution', (f) => f.resolution],
    ['kind', (f) => f.kind],
    ['title', (f) => f.title],
    ['request', (f) => f.request],
    ['outcome', (f) => f.outcome],
    ['held', (f) => f.held?.date],
    ['held_until', (f) => f.held?.endDate],
    ['when', (f) => f.when],
    ['document', (f) => f.document],
    ['status', (f) => f.status],
    ['sources', (f) => f.sources.join(' ')],
    ['archive_url', (f) => f.archiveUrl],
  ]);
}

export function readingsCsv(records: readonly ReadingRecord[]): string {
  return toCsv(records, [
    ['id', (r) => r.id],
    ['title', (r) => r.title],
    ['title_described', (r) => (r.described ? 'yes' : 'no')],
    ['language', (r) => r.lang],
    ['creators', (r) => r.creators.map((c) => c.name).join('; ')],
    ['publisher', (r) => r.publisher],
    ['issued', (r) => r.issued],
    ['kind', (r) => r.kind],
    ['voice', (r) => r.voice],
    ['state', (r) => r.state],
    ['resolutions', (r) => r.resolutions.join(' ')],
    [
      'voices',
      (r) =>
        Object.entries(r.voices)
          .map(([s, v]) => `${s}: ${v}`)
          .join('; '),
    ],
    ['summary', (r) => r.summary],
    ['url', (r) => r.url],
    ['archive_url', (r) => r.archiveUrl],
  ]);
}

export const titlesFile = z.array(
  z.object({
    symbol: z.string(),
    slug: z.string(),
    series: z.enum(seriesIds),
    title: z.string().describe('The official English title'),
    wordings: z.array(z.object({ id: z.string() }).and(otherTitleSchema)),
  }),
);
export type TitleRecord = z.infer<typeof titlesFile>[number];
