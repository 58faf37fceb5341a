/**
 * Every check between records, run on the collections as the content layer gives them: the one list
 * of problems that stops the build after the schemas. Plain data in, problems out, so that a test can
 * run it on a content folder without a build.
 */
import type { z } from 'zod';
import type { sourceTextSchema } from '../schemas/source-text.ts';
import type { draftingSchema } from '../schemas/drafting.ts';
import type { eventSchema } from '../schemas/event.ts';
import type { followUpSchema } from '../schemas/follow-up.ts';
import type { otherTitleSchema } from '../schemas/other-title.ts';
import type { readingSchema } from '../schemas/reading.ts';
import type { resolutionSchema } from '../schemas/resolution.ts';
import type { sessionSchema } from '../schemas/session.ts';
import type { stateSchema } from '../schemas/state.ts';
import type { statementSchema } from '../schemas/statement.ts';
import { checkArchive } from './checks.ts';
import type { Problem } from './problems.ts';
import {
  checkDrafting,
  checkFollowUp,
  checkReadings,
  checkStatements,
  checkTitles,
  type Keyed,
  type RecordContext,
} from './record-checks.ts';
import { rollCallVotes } from './roll-calls.ts';

/** One record as a collection holds it: its id, the file it came from, its data as its schema made it. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

export interface ContentRecords {
  sourceTexts: ReadonlyArray<Entry<z.output<typeof sourceTextSchema>>>;
  resolutions: ReadonlyArray<Entry<z.output<typeof resolutionSchema>>>;
  sessions: ReadonlyArray<Entry<z.output<typeof sessionSchema>>>;
  events: ReadonlyArray<Entry<z.output<typeof eventSchema>>>;
  states: ReadonlyArray<Entry<z.output<typeof stateSchema>>>;
  statements: ReadonlyArray<Entry<z.output<typeof statementSchema>>>;
  drafting: ReadonlyArray<Entry<z.output<typeof draftingSchema>>>;
  followUp: ReadonlyArray<Entry<z.output<typeof followUpSchema>>>;
  readings: ReadonlyArray<Entry<z.output<typeof readingSchema>>>;
  titles: ReadonlyArray<Entry<z.output<typeof otherTitleSchema>>>;
}

/** The slug of a source text's page: its own, or its file's name. */
export function sourceTextSlug(entry: Entry<{ slug?: string | undefined }>): string {
  // An id is a file's path without its extension; its last part is the file's name.
  return entry.data.slug ?? (entry.id.split('/').at(-1) as string);
}

/** `buildDate`: the date the build stands for; nothing can have been published after it. */
export function archiveProblems(records: ContentRecords, buildDate: string): Problem[] {
  const sessions = records.sessions.map((s) => ({ ...s.data, number: Number(s.id) }));
  const context: RecordContext = {
    buildDate,
    resolutions: records.resolutions.map((r) => ({
      symbol: r.data.symbol,
      title: r.data.title,
      series: r.data.series,
      mainSponsors: r.data.mainSponsors.value ?? [],
      adopted: r.data.adopted.value,
      votes: new Map(
        (r.data.vote.rollCall ? rollCallVotes(r.data.vote.rollCall) : []).map((v) => [v.name, v.group] as const),
      ),
    })),
    stateNames: records.states.map((s) => s.data.name),
    sessions,
  };
  const keyed = <T>(file: string, entries: ReadonlyArray<Entry<T>>): Keyed<T>[] =>
    entries.map((e) => ({ file: e.filePath ?? file, id: e.id, data: e.data }));
  const drafting = keyed('drafting.yaml', records.drafting);
  return [
    ...checkArchive({
      buildDate,
      states: records.states.map((s) => ({ file: 'states.yaml', slug: s.id, name: s.data.name, iso3: s.data.iso3 })),
      sourceTexts: records.sourceTexts.map((a) => ({
        file: a.filePath ?? a.id,
        slug: sourceTextSlug(a),
        capture: a.data.capture.file,
        published: a.data.published.date,
        mentions: a.data.mentions,
        sessions: a.data.sessions,
      })),
      resolutions: records.resolutions.map((r) => ({
        file: r.filePath ?? r.id,
        symbol: r.data.symbol,
        session: r.data.session,
        adopted: r.data.adopted.value,
        vote: r.data.vote,
      })),
      sessions: sessions.map((s) => ({ number: s.number, file: 'sessions.yaml', parts: s.parts })),
      events: records.events.map((e) => ({
        file: e.filePath ?? 'events.yaml',
        id: e.id,
        date: e.data.date,
        session: e.data.session,
        resolutions: e.data.resolutions,
      })),
    }),
    ...checkStatements(keyed('statements.yaml', records.statements), context),
    ...checkDrafting(drafting, context),
    ...checkFollowUp(keyed('follow-up.yaml', records.followUp), context),
    ...checkReadings(keyed('further-reading.yaml', records.readings), context),
    ...checkTitles(keyed('titles.yaml', records.titles), drafting, context),
  ];
}
