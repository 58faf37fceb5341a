/**
 * Cross-checks for the record around each vote (statements, drafting, follow-up, further reading,
 * titles in other languages): every reference resolves, every date is possible, and every State's
 * stated position agrees with its vote in the roll-call or says why it does not.
 */
import type { DraftingData } from '../schemas/drafting.ts';
import type { FollowUpData } from '../schemas/follow-up.ts';
import type { OtherTitleData } from '../schemas/other-title.ts';
import type { ReadingData } from '../schemas/reading.ts';
import type { StatementData, StatementPosition } from '../schemas/statement.ts';
import { comparesVotes, type SeriesId } from '../schemas/series.ts';
import { voteGroupLabels, type VoteGroup } from '../schemas/roll-call.ts';
import { isWithin } from './dates.ts';
import type { Problem } from './problems.ts';
import { stateKey } from './roll-calls.ts';
import { symbolToSlug } from './slugs.ts';

/** A record of a list or map file, with where it was read. */
export interface Keyed<T> {
  file: string;
  id: string;
  data: T;
}

export interface HeldResolution {
  symbol: string;
  title: string;
  series: SeriesId;
  /** The States that presented it, whose own voice is the sponsor's. */
  mainSponsors: readonly string[];
  adopted: string | null;
  /** Each member's vote, by the name states.yaml gives it; empty without a roll-call. */
  votes: ReadonlyMap<string, VoteGroup>;
}

export interface RecordContext {
  buildDate: string;
  resolutions: readonly HeldResolution[];
  stateNames: readonly string[];
  sessions: ReadonlyArray<{ number: number; parts: ReadonlyArray<{ start: string; end: string }> }>;
}

/** The vote a stated position implies; `concerns` implies none. */
export const positionVotes: Record<StatementPosition, VoteGroup | undefined> = {
  sponsor: 'inFavour',
  for: 'inFavour',
  against: 'against',
  abstained: 'abstaining',
  concerns: undefined,
};

function problemsFor(file: string, id: string) {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field: `${id}.${field}`, message });
  return { problems, add };
}

/** A partial date (`2018`, `2018-03`) is after the build only if every day it can mean is. */
function afterBuild(date: string, buildDate: string): boolean {
  return date > buildDate.slice(0, date.length);
}

function resolver(context: RecordContext) {
  const bySymbol = new Map(context.resolutions.map((r) => [r.symbol, r]));
  const states = new Map(context.stateNames.map((name) => [stateKey(name), name]));
  const stateProblem = (name: string): string | undefined => {
    const known = states.get(stateKey(name));
    if (known === undefined)
      return `“${name}” is not in states.yaml; expected a State named as states.yaml names it, or an organisation`;
    if (known !== name) return `expected “${known}”, as states.yaml writes it; found “${name}”`;
    return undefined;
  };
  const unknownSymbol = (symbol: string) =>
    `${symbol} has no file in content/resolutions/; expected a resolution the archive holds`;
  return { bySymbol, stateProblem, unknownSymbol };
}

/** The stages of a statement made at the meeting that adopted the resolution. */
const atTheVote = new Set<StatementData['stage']>(['introduction', 'statement-at-adoption', 'explanation-of-vote']);

export function checkStatements(statements: readonly Keyed<StatementData>[], context: RecordContext): Problem[] {
  const { bySymbol, stateProblem, unknownSymbol } = resolver(context);
  return statements.flatMap(({ file, id, data: s }) => {
    const { problems, add } = problemsFor(file, id);
    const resolution = bySymbol.get(s.resolution);
    if (!resolution) add('resolution', unknownSymbol(s.resolution));
    if (afterBuild(s.date, context.buildDate))
      add('date', `expected a date on or before the date of this build (${context.buildDate}); found ${s.date}`);
    const adopted = resolution?.adopted;
    // Said at the meeting that adopted the text: its date is the adoption's (or a month or year that holds it).
    if (adopted && atTheVote.has(s.stage) && !adopted.startsWith(s.date))
      add(
        'date',
        `expected the day the resolution was adopted (${adopted}), as a statement made at its adoption; found ${s.date}`,
      );
    if (adopted && s.stage === 'consultations' && s.date.slice(0, adopted.length) > adopted)
      add('date', `expected consultations on or before the adoption (${adopted}); found ${s.date}`);
    if (s.quote && !s.sources.includes(s.quote.source))
      add('quote.source', `expected one of the statement's sources; found ${s.quote.source}`);
    const state = s.speaker.state;
    if (state !== undefined) {
      const problem = stateProblem(state);
      if (problem) add('speaker.state', problem);
      const voted = resolution?.votes.get(state);
      const implied = positionVotes[s.position];
      if (voted && implied) {
        const differs = voted !== implied;
        if (differs && !s.positionNote)
          add(
            'position',
            `expected a position that agrees with the roll-call, by which ${state} ${voteGroupLabels[voted].sentence}, or a positionNote saying why they differ; found ${s.position}`,
          );
        if (!differs && s.positionNote)
          add('positionNote', `expected none: the position ${s.position} agrees with the roll-call; remove the note`);
      }
    }
    return problems;
  });
}

export function checkFollowUp(records: readonly Keyed<FollowUpData>[], context: RecordContext): Problem[] {
  const { bySymbol, unknownSymbol } = resolver(context);
  const sessions = new Map(context.sessions.map((s) => [s.number, s]));
  return records.flatMap(({ file, id, data: f }) => {
    const { problems, add } = problemsFor(file, id);
    const resolution = bySymbol.get(f.resolution);
    if (!resolution) add('resolution', unknownSymbol(f.resolution));
    const held = f.held?.date;
    if (held !== undefined) {
      if (resolution?.adopted && held < resolution.adopted)
        add(
          'held.date',
          `expected a date after the resolution that asked for it (${resolution.adopted}); found ${held}`,
        );
      if (afterBuild(held, context.buildDate))
        add('held.date', `expected a date on or before the date of this build (${context.buildDate}); found ${held}`);
    }
    if (f.session !== undefined) {
      const session = sessions.get(f.session);
      if (!session) add('session', `session ${f.session} is not in sessions.yaml`);
      else if (held !== undefined && !session.parts.some((part) => isWithin(held, part.start, part.end)))
        add('held.date', `${held} is outside session ${f.session}`);
    }
    return problems;
  });
}

export function checkReadings(readings: readonly Keyed<ReadingData>[], context: RecordContext): Problem[] {
  const { bySymbol, stateProblem, unknownSymbol } = resolver(context);
  const urls = new Map<string, string>();
  return readings.flatMap(({ file, id, data: r }) => {
    const { problems, add } = problemsFor(file, id);
    r.resolutions.forEach((symbol, i) => {
      if (!bySymbol.has(symbol)) add(`resolutions[${i}]`, unknownSymbol(symbol));
    });
    if (new Set(r.resolutions).size !== r.resolutions.length)
      add('resolutions', 'expected each resolution once; found one listed twice');
    if (r.state !== undefined) {
      const problem = stateProblem(r.state);
      if (problem) add('state', problem);
      const sponsored = r.resolutions.find((symbol) => bySymbol.get(symbol)?.mainSponsors.includes(r.state as string));
      if (sponsored)
        add(
          'voice',
          `expected sponsor, since ${r.state} presented ${sponsored}: its voice is the sponsor's, not that of a State placed by its vote; found state`,
        );
    }
    if (afterBuild(r.issued, context.buildDate))
      add('issued', `expected a date on or before the date of this build (${context.buildDate}); found ${r.issued}`);
    const earlier = urls.get(r.url);
    if (earlier) add('url', `is already the address of ${earlier}; expected each text once`);
    urls.set(r.url, id);
    return problems;
  });
}

export function checkTitles(
  titles: readonly Keyed<OtherTitleData>[],
  drafting: readonly Keyed<DraftingData>[],
  context: RecordContext,
): Problem[] {
  const { bySymbol, unknownSymbol } = resolver(context);
  const rendered = new Set([
    ...context.resolutions.map((r) => r.title),
    ...drafting.flatMap((d) => d.data.originalTitle?.value ?? []),
  ]);
  const originalTitles = new Map(
    drafting.flatMap((d) => {
      const held = context.resolutions.find((r) => symbolToSlug(r.symbol) === d.id);
      const original = d.data.originalTitle?.value;
      return held && original ? [[held.symbol, original] as const] : [];
    }),
  );
  const seriesTitles = new Set(
    context.resolutions
      .filter((r) => comparesVotes[r.series])
      .flatMap((r) => [r.title, originalTitles.get(r.symbol) ?? []].flat()),
  );
  return titles.flatMap(({ file, id, data: t }) => {
    const { problems, add } = problemsFor(file, id);
    if (!rendered.has(t.renders))
      add(
        'renders',
        `expected the English title of a resolution the archive holds, or a draft's original title, letter for letter; found “${t.renders}”`,
      );
    const about = t.about === undefined ? undefined : bySymbol.get(t.about);
    if (t.about !== undefined && !about) add('about', unknownSymbol(t.about));
    // A wording is shown on the page of the resolution it was written about, else on its series' page.
    if (about && about.title !== t.renders && originalTitles.get(about.symbol) !== t.renders)
      add(
        'renders',
        `expected the title of ${about.symbol} or of its draft, since the wording was written about it; found “${t.renders}”`,
      );
    if (t.about === undefined && rendered.has(t.renders) && !seriesTitles.has(t.renders))
      add(
        'about',
        'expected the resolution the wording was written about: a title outside the two series has no series page to show it on',
      );
    if (afterBuild(t.issued, context.buildDate))
      add('issued', `expected a date on or before the date of this build (${context.buildDate}); found ${t.issued}`);
    return problems;
  });
}

export function checkDrafting(drafting: readonly Keyed<DraftingData>[], context: RecordContext): Problem[] {
  const slugs = new Set(context.resolutions.map((r) => symbolToSlug(r.symbol)));
  return drafting.flatMap(({ file, id }) =>
    slugs.has(id)
      ? []
      : [
          {
            file,
            field: id,
            message: 'expected the slug of a resolution the archive holds (a-hrc-res-37-23); found none by that slug',
          },
        ],
  );
}
