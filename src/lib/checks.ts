/**
 * Cross-checks between records that a schema alone cannot express. Each returns readable
 * problems naming the file and the field; the build fails on any of them.
 */
import { compareIsoDates, isWithin } from './dates.ts';
import type { Problem } from './problems.ts';
import { symbolToSlug } from './slugs.ts';
import type { RollCall } from '../schemas/roll-call.ts';
import { checkRollCall, stateKey, type StateRef } from './roll-calls.ts';
import type { VoteCounts } from './votes.ts';

export interface SessionRecord {
  number: number;
  file: string;
  parts: ReadonlyArray<{ start: string; end: string }>;
}

export interface ResolutionFacts {
  file: string;
  symbol: string;
  session: number;
  adopted: string | null;
  vote: VoteCounts & { status: string; sources: readonly string[]; rollCall?: RollCall | undefined };
}

export interface SourceTextRecord {
  file: string;
  slug: string;
  /** The capture file it is proved against: one text per capture. */
  capture: string;
  published: string;
  mentions: ReadonlyArray<{ resolutions: readonly string[] }>;
  sessions: readonly number[];
}

export interface EventRecord {
  file: string;
  id: string;
  date: string;
  session?: number | undefined;
  resolutions: readonly string[];
}

export interface StateRecord extends StateRef {
  file: string;
}

export interface ArchiveRecords {
  /** The date the build stands for: nothing can have been published after it. */
  buildDate: string;
  states: readonly StateRecord[];
  resolutions: readonly ResolutionFacts[];
  sessions: readonly SessionRecord[];
  sourceTexts: readonly SourceTextRecord[];
  events: readonly EventRecord[];
}

function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

export function sessionDates(session: SessionRecord): string {
  return session.parts.map((part) => `${part.start} to ${part.end}`).join(' and ');
}

export function checkResolutions(
  resolutions: readonly ResolutionFacts[],
  sessions: readonly SessionRecord[],
  states: readonly StateRef[],
): Problem[] {
  const problems: Problem[] = [];
  const bySession = new Map(sessions.map((s) => [s.number, s]));
  const seen = new Map<string, string>();
  for (const r of resolutions) {
    const add = (field: string, message: string) => problems.push({ file: r.file, field, message });
    const earlier = seen.get(r.symbol);
    if (earlier) add('symbol', `${r.symbol} is already used by ${earlier}; expected one file per resolution`);
    seen.set(r.symbol, r.file);
    const expectedName = `${symbolToSlug(r.symbol)}.yaml`;
    if (fileName(r.file) !== expectedName)
      add('symbol', `the file for ${r.symbol} must be named ${expectedName}, so its address stays permanent`);
    const symbolSession = Number(r.symbol.split('/')[3]);
    if (symbolSession !== r.session)
      add('session', `is ${r.session} but the symbol ${r.symbol} says session ${symbolSession}`);
    const session = bySession.get(r.session);
    const adopted = r.adopted;
    if (!session) add('session', `session ${r.session} is not in sessions.yaml`);
    else if (typeof adopted === 'string' && !session.parts.some((part) => isWithin(adopted, part.start, part.end))) {
      add('adopted.value', `${adopted} is outside session ${r.session} (${sessionDates(session)})`);
    }
    if (r.vote.rollCall) for (const p of checkRollCall(r.vote.rollCall, r.vote, states)) add(p.field, p.message);
  }
  return problems;
}

export function checkSourceTexts(records: ArchiveRecords): Problem[] {
  const problems: Problem[] = [];
  const symbols = new Set(records.resolutions.map((r) => r.symbol));
  const sessionNumbers = new Set(records.sessions.map((s) => s.number));
  const slugs = new Map<string, string>();
  const captures = new Map<string, string>();
  for (const text of records.sourceTexts) {
    const add = (field: string, message: string) => problems.push({ file: text.file, field, message });
    if (compareIsoDates(text.published, records.buildDate) > 0)
      add(
        'published.date',
        `expected a date on or before the date of this build (${records.buildDate}); found ${text.published}`,
      );
    const earlier = slugs.get(text.slug);
    if (earlier) add('slug', `"${text.slug}" is already the slug of ${earlier}; expected a unique slug`);
    slugs.set(text.slug, text.file);
    const sameCapture = captures.get(text.capture);
    if (sameCapture)
      add(
        'capture.file',
        `expected a capture of its own; found ${text.capture}, already the capture of ${sameCapture} (one text would be published twice)`,
      );
    captures.set(text.capture, text.file);
    text.mentions.forEach((mention, i) => {
      for (const symbol of mention.resolutions) {
        if (!symbols.has(symbol))
          add(
            `mentions[${i}].resolutions`,
            `${symbol} has no file in content/resolutions/; expected a resolution the archive holds`,
          );
      }
    });
    for (const number of text.sessions) {
      if (!sessionNumbers.has(number)) add('sessions', `session ${number} is not in sessions.yaml`);
    }
  }
  return problems;
}

export function checkEvents(records: ArchiveRecords): Problem[] {
  const problems: Problem[] = [];
  const symbols = new Set(records.resolutions.map((r) => r.symbol));
  const sessions = new Map(records.sessions.map((s) => [s.number, s]));
  for (const event of records.events) {
    const add = (field: string, message: string) =>
      problems.push({ file: event.file, field: `${event.id}.${field}`, message });
    for (const symbol of event.resolutions)
      if (!symbols.has(symbol)) add('resolutions', `${symbol} has no file in content/resolutions/`);
    if (event.session !== undefined) {
      const session = sessions.get(event.session);
      if (!session) add('session', `session ${event.session} is not in sessions.yaml`);
      else if (!session.parts.some((part) => isWithin(event.date, part.start, part.end)))
        add('date', `${event.date} is outside session ${event.session} (${sessionDates(session)})`);
    }
  }
  return problems;
}

/** One record per State: no two share a code, or a name up to accents, case and look-alike letters. */
export function checkStates(states: readonly StateRecord[]): Problem[] {
  const problems: Problem[] = [];
  const codes = new Map<string, string>();
  const names = new Map<string, string>();
  for (const state of states) {
    const add = (field: string, message: string) =>
      problems.push({ file: state.file, field: `${state.slug}.${field}`, message });
    const byCode = codes.get(state.iso3);
    if (byCode) add('iso3', `${state.iso3} is also the code of ${byCode}; expected one record per State`);
    codes.set(state.iso3, state.slug);
    const byName = names.get(stateKey(state.name));
    if (byName) add('name', `“${state.name}” is the same name as ${byName}'s; expected one record per State`);
    names.set(stateKey(state.name), state.slug);
  }
  return problems;
}

export function checkArchive(records: ArchiveRecords): Problem[] {
  return [
    ...checkStates(records.states),
    ...checkResolutions(records.resolutions, records.sessions, records.states),
    ...checkSourceTexts(records),
    ...checkEvents(records),
  ];
}
