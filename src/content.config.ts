/**
 * The collections of content/ and how each is loaded. The shape of every record is in
 * src/schemas/ (one file per record type); relations between records are checked in src/lib/checks.ts.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir, heldResolutionSymbols } from './content-dir.ts';
import { sourceTextLoader } from './loaders/source-texts.ts';
import { sourceTextSchema } from './schemas/source-text.ts';
import { draftingSchema } from './schemas/drafting.ts';
import { eventSchema } from './schemas/event.ts';
import { followUpSchema } from './schemas/follow-up.ts';
import { otherTitleSchema } from './schemas/other-title.ts';
import { readingSchema } from './schemas/reading.ts';
import { statementSchema } from './schemas/statement.ts';
import { resolutionSchema } from './schemas/resolution.ts';
import { seriesSchema } from './schemas/series.ts';
import { sessionSchema } from './schemas/session.ts';
import { stateSchema } from './schemas/state.ts';

const sourceTexts = defineCollection({
  // The id is the file path, so that two files claiming one slug are caught, not merged.
  loader: sourceTextLoader({ base: join(contentDir, 'articles'), known: () => heldResolutionSymbols(contentDir) }),
  schema: sourceTextSchema,
});

const resolutions = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: join(contentDir, 'resolutions') }),
  schema: resolutionSchema,
});

const sessions = defineCollection({
  // Keyed by session number, so the entry id is the number.
  loader: file(join(contentDir, 'sessions.yaml')),
  schema: sessionSchema,
});

const events = defineCollection({
  loader: file(join(contentDir, 'events.yaml')),
  schema: eventSchema,
});

/** Every State named in a roll-call, keyed by the slug of its page. */
const states = defineCollection({
  loader: file(join(contentDir, 'states.yaml')),
  schema: stateSchema,
});

/** A page on one series, written in MDX with the archive's components (see the README). */
const series = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentDir, 'series') }),
  schema: seriesSchema,
});

/** The record around each vote: statements, drafting, what it set in motion, and texts from every side. */
const statements = defineCollection({ loader: file(join(contentDir, 'statements.yaml')), schema: statementSchema });
const drafting = defineCollection({ loader: file(join(contentDir, 'drafting.yaml')), schema: draftingSchema });
const followUp = defineCollection({ loader: file(join(contentDir, 'follow-up.yaml')), schema: followUpSchema });
const furtherReading = defineCollection({
  loader: file(join(contentDir, 'further-reading.yaml')),
  schema: readingSchema,
});
/** Titles in other languages, each as a named publisher wrote it. */
const titles = defineCollection({ loader: file(join(contentDir, 'titles.yaml')), schema: otherTitleSchema });

// The captures are not a collection: the source-text loader compares each text with its capture as
// it renders it, and the captures integration publishes them byte for byte; the store need not hold them.
export const collections = {
  sourceTexts,
  resolutions,
  sessions,
  events,
  states,
  series,
  statements,
  drafting,
  followUp,
  furtherReading,
  titles,
};
