/**
 * The one place pages get their data: every collection, cross-checked once.
 * Any problem stops the build with a message naming the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { archiveProblems, sourceTextSlug } from '../lib/archive-checks.ts';
import { recordAnchors } from '../lib/anchors.ts';
import { seatIn, voiceOn, type SeatAtVote, type VoiceClass } from '../lib/voices.ts';
import { statementStages } from '../schemas/statement.ts';
import { stopBuild } from '../lib/problems.ts';
import { editionDate } from './build-info.ts';
import { compareIsoDates, yearOf } from '../lib/dates.ts';
import { paginate, type Page } from '../lib/pagination.ts';
import { pathWithBase, routes } from '../lib/paths.ts';
import { sessionName } from '../lib/sessions.ts';
import { shortSymbol, symbolToSlug } from '../lib/slugs.ts';
import { rollCallVotes, stateRecords, tally, type StateRecordEntry, type StateVote } from '../lib/roll-calls.ts';
import { sortEntries, type TimelineEntry } from '../lib/timeline.ts';
import type { SeriesId } from '../schemas/series.ts';
import type { VoteGroup } from '../schemas/roll-call.ts';
import { stateNameProblems, stateNames, type StateNames } from '../lib/state-names.ts';
import { cldrNames } from './cldr.ts';
import { sharedMap } from './world-map.ts';
import { stateShapeProblems } from '../lib/world-map.ts';

export type SourceText = CollectionEntry<'sourceTexts'> & { slug: string };
/** A resolution with every member's vote, each with its status and sources (empty without a roll-call). */
export type Resolution = CollectionEntry<'resolutions'> & { slug: string; votes: StateVote[] };
/** A resolution as one step of a State's record. */
export interface VotedResolution {
  symbol: string;
  series: SeriesId;
  adopted: string;
  resolution: Resolution;
  votes: StateVote[];
}
/** A State of the Council, with its vote on every resolution of the archive it took part in. */
export interface State {
  slug: string;
  name: string;
  iso3: string;
  /** Its names in the UN's six languages, from CLDR, and those CLDR lacks. */
  names: StateNames;
  record: StateRecordEntry<VotedResolution>[];
  tally: Record<VoteGroup, number>;
  /** The years of the votes in which it appears, as a member. */
  years: number[];
}
export type Session = CollectionEntry<'sessions'>['data'] & { number: number };
export type ContextEvent = CollectionEntry<'events'>;
export type Statement = CollectionEntry<'statements'>;
export type FollowUp = CollectionEntry<'followUp'>;
export type OtherTitle = CollectionEntry<'titles'>;
export type Drafting = CollectionEntry<'drafting'>['data'];
/** A text of further reading, with the side it speaks for on each resolution it concerns. */
export type Reading = CollectionEntry<'furtherReading'> & { voices: ReadonlyMap<string, VoiceClass> };

export interface Archive {
  sourceTexts: SourceText[];
  resolutions: Resolution[];
  sessions: Map<number, Session>;
  events: ContextEvent[];
  /** Every State named in a roll-call, alphabetically. */
  states: State[];
  /** The same States by their name as roll-calls write it. */
  stateByName: ReadonlyMap<string, State>;
  timeline: TimelineEntry[];
  /** The record around each vote. */
  statements: Statement[];
  drafting: ReadonlyMap<string, Drafting>;
  followUp: FollowUp[];
  readings: Reading[];
  titles: OtherTitle[];
  /** A State's place at a resolution's vote, from the roll-call; undefined where the archive has none. */
  seatOf: (state: string, symbol: string) => SeatAtVote;
}

function buildTimeline(
  archive: Pick<Archive, 'sourceTexts' | 'resolutions' | 'sessions' | 'events' | 'followUp'>,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const [number, session] of archive.sessions) {
    const first = session.parts[0];
    const last = session.parts.at(-1);
    if (!first || !last) continue;
    entries.push({
      id: `session-${number}`,
      kind: 'session',
      date: first.start,
      endDate: last.end,
      title: sessionName(number),
      label: String(number),
      ...(session.note ? { detail: session.note } : {}),
    });
  }
  for (const r of archive.resolutions) {
    if (!r.data.adopted.value) continue;
    entries.push({
      id: r.slug,
      kind: 'resolution',
      date: r.data.adopted.value,
      title: r.data.title,
      label: shortSymbol(r.data.symbol),
      symbol: r.data.symbol,
      series: r.data.series,
      href: pathWithBase(routes.resolution(r.slug)),
      vote: { inFavour: r.data.vote.inFavour, against: r.data.vote.against, abstaining: r.data.vote.abstaining },
    });
  }
  for (const a of archive.sourceTexts) {
    entries.push({
      id: `text-${a.slug}`,
      kind: 'source-text',
      date: a.data.published.date,
      title: a.data.title,
      href: pathWithBase(routes.sourceText(a.slug)),
      sourceTextId: a.id,
      detail: a.data.publisher.name,
    });
  }
  for (const e of archive.events) {
    entries.push({
      id: `event-${e.id}`,
      kind: 'event',
      date: e.data.date,
      title: e.data.title,
      detail: e.data.summary,
    });
  }
  for (const f of archive.followUp) {
    if (!f.data.held) continue;
    entries.push({
      id: `follow-up-${f.id}`,
      kind: 'follow-up',
      date: f.data.held.date,
      ...(f.data.held.endDate ? { endDate: f.data.held.endDate } : {}),
      title: f.data.title,
      label: shortSymbol(f.data.resolution),
      href: `${pathWithBase(routes.resolution(symbolToSlug(f.data.resolution)))}#${recordAnchors.followUp(f.id)}`,
      detail: `Asked for by ${f.data.resolution}.`,
    });
  }
  return sortEntries(entries);
}

function buildStates(entries: CollectionEntry<'states'>[], resolutions: Resolution[]): State[] {
  const voted = resolutions.flatMap((r) =>
    r.data.adopted.value && r.votes.length > 0
      ? [{ symbol: r.data.symbol, series: r.data.series, adopted: r.data.adopted.value, resolution: r, votes: r.votes }]
      : [],
  );
  const records = stateRecords(voted);
  return entries
    .map((entry) => {
      const record = records.get(entry.data.name) ?? [];
      const years = [...new Set(record.map((e) => yearOf(e.resolution.adopted)))];
      return {
        slug: entry.id,
        name: entry.data.name,
        iso3: entry.data.iso3,
        // stateNameProblems has made sure CLDR knows every code.
        names: stateNames(entry.data.iso3, entry.data.aliases ?? [], cldrNames) as StateNames,
        record,
        tally: tally(record.map((e) => e.vote)),
        years,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

const stageOrder = new Map<string, number>(statementStages.map((stage, i) => [stage, i]));

async function loadArchive(): Promise<Archive> {
  const [
    sourceTextEntries,
    resolutionEntries,
    sessionEntries,
    events,
    stateEntries,
    statementEntries,
    draftingEntries,
    followUpEntries,
    readingEntries,
    titleEntries,
  ] = await Promise.all([
    getCollection('sourceTexts'),
    getCollection('resolutions'),
    getCollection('sessions'),
    getCollection('events'),
    getCollection('states'),
    getCollection('statements'),
    getCollection('drafting'),
    getCollection('followUp'),
    getCollection('furtherReading'),
    getCollection('titles'),
  ]);
  const sourceTexts = sourceTextEntries
    .map((entry) => ({ ...entry, slug: sourceTextSlug(entry) }))
    .sort((a, b) => compareIsoDates(b.data.published.date, a.data.published.date));
  const resolutions = resolutionEntries
    .map((entry) => ({
      ...entry,
      slug: symbolToSlug(entry.data.symbol),
      votes: entry.data.vote.rollCall ? rollCallVotes(entry.data.vote.rollCall) : [],
    }))
    .sort((a, b) => compareIsoDates(a.data.adopted.value ?? '', b.data.adopted.value ?? ''));
  const sessionList = sessionEntries
    .map((entry) => ({ ...entry.data, number: Number(entry.id) }))
    .sort((a, b) => a.number - b.number);
  const votesBySymbol = new Map(
    resolutions.map((r) => [r.data.symbol, new Map(r.votes.map((v) => [v.name, v.group] as const))]),
  );
  const problems = archiveProblems(
    {
      sourceTexts: sourceTextEntries,
      resolutions: resolutionEntries,
      sessions: sessionEntries,
      events,
      states: stateEntries,
      statements: statementEntries,
      drafting: draftingEntries,
      followUp: followUpEntries,
      readings: readingEntries,
      titles: titleEntries,
    },
    editionDate,
  ).concat(
    stateShapeProblems(
      stateEntries.map((s) => ({ slug: s.id, iso3: s.data.iso3 })),
      sharedMap().map,
      stateEntries[0]?.filePath ?? 'content/states.yaml',
    ),
    stateNameProblems(
      stateEntries.map((s) => ({ slug: s.id, iso3: s.data.iso3, aliases: s.data.aliases ?? [] })),
      cldrNames,
      stateEntries[0]?.filePath ?? 'content/states.yaml',
    ),
  );
  // The archive's own format, and no stack trace: the problem is in content/, not in the code.
  if (problems.length > 0) stopBuild(problems);
  const seatOf = (state: string, symbol: string) => seatIn(votesBySymbol.get(symbol), state);
  const statements = [...statementEntries].sort(
    (a, b) =>
      compareIsoDates(a.data.date, b.data.date) ||
      (stageOrder.get(a.data.stage) ?? 0) - (stageOrder.get(b.data.stage) ?? 0) ||
      a.id.localeCompare(b.id),
  );
  const readings = readingEntries
    .map((entry) => ({
      ...entry,
      voices: new Map(entry.data.resolutions.map((symbol) => [symbol, voiceOn(entry.data, symbol, seatOf)] as const)),
    }))
    .sort((a, b) => a.data.issued.localeCompare(b.data.issued) || a.id.localeCompare(b.id));
  const followUp = [...followUpEntries].sort(
    (a, b) => compareIsoDates(a.data.held?.date ?? '9999', b.data.held?.date ?? '9999') || a.id.localeCompare(b.id),
  );
  // checkDrafting has made sure each key is a held resolution's slug.
  const symbolOfSlug = new Map(resolutions.map((r) => [r.slug, r.data.symbol]));
  const drafting = new Map(draftingEntries.map((d) => [symbolOfSlug.get(d.id) as string, d.data]));
  const base = {
    sourceTexts,
    resolutions,
    sessions: new Map(sessionList.map((s) => [s.number, s])),
    events,
    followUp,
  };
  const states = buildStates(stateEntries, resolutions);
  return {
    ...base,
    states,
    stateByName: new Map(states.map((s) => [s.name, s])),
    timeline: buildTimeline(base),
    statements,
    drafting,
    readings,
    titles: titleEntries,
    seatOf,
  };
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
export const sourceTextsPerPage = 50;

/** The pages of the source-text index, newest first; there is always at least one. */
export function sourceTextPages(archive: Archive): [Page<SourceText>, ...Page<SourceText>[]] {
  return paginate(archive.sourceTexts, sourceTextsPerPage) as [Page<SourceText>, ...Page<SourceText>[]];
}
