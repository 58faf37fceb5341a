/**
 * The shape of every record in content/. Relations between records (an article's resolution
 * exists, an adoption date falls inside its session…) are checked in src/lib/checks.ts.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './content-dir.ts';
import { sourceTexts } from './loaders/source-texts.ts';
import { fact, factStatus, isoDate, sources, webUrl } from './schemas/common.ts';
import { family } from './schemas/family.ts';
import { rollCallSchema } from './schemas/roll-call.ts';
import { stateSchema } from './schemas/state.ts';
import { isResolutionSymbol, isSlug } from './lib/slugs.ts';

const symbol = z.string().refine(isResolutionSymbol, { error: 'expected a resolution symbol such as A/HRC/RES/37/23' });

export const articleTypes = ['news-report', 'commentary', 'paper', 'official-statement'] as const;
export const dateCertainties = ['stated-on-page', 'from-url', 'from-other-sources', 'inferred'] as const;
export const removedLineKinds = ['title', 'metadata', 'boilerplate'] as const;
export const mentionIdentifications = ['confirmed', 'inferred', 'context'] as const;

const person = z.object({ name: z.string().min(1), role: z.string().optional() });

const articles = defineCollection({
  // The id is the file path, so that two files claiming one slug are caught, not merged.
  loader: sourceTexts({ base: join(contentDir, 'articles') }),
  schema: z.object({
    title: z.string({ error: 'expected the title as published' }).min(1, { error: 'expected a non-empty title' }),
    slug: z.string().refine(isSlug, { error: 'expected lowercase words joined by hyphens' }).optional(),
    type: z.enum(articleTypes, { error: `expected one of: ${articleTypes.join(', ')}` }),
    publisher: z.object({ name: z.string().min(1), description: z.string().optional(), url: webUrl.optional() }),
    republishedFrom: z.string().optional(),
    originalUrl: webUrl,
    published: z.object({
      date: isoDate,
      time: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, { error: 'expected HH:MM or HH:MM:SS' }).optional(),
      certainty: z.enum(dateCertainties, { error: `expected one of: ${dateCertainties.join(', ')}` }),
      basis: z.string().min(1, { error: 'say how the date is known' }),
      sources: sources.optional(),
    }),
    author: person.optional(),
    speaker: person.optional(),
    editor: z.string().optional(),
    people: z.array(person).default([]),
    summary: z.string().min(1).max(300, { error: 'keep the summary under 300 characters: it is the page description' }),
    mentions: z.array(z.object({
      resolutions: z.array(symbol).min(1),
      passage: z.string().min(1).optional(),
      identification: z.enum(mentionIdentifications, { error: `expected one of: ${mentionIdentifications.join(', ')}` }),
      note: z.string().optional(),
    })).default([]),
    sessions: z.array(z.number().int()).default([]),
    sources: sources.min(1, { error: 'expected at least one source for the provenance' }),
    capture: z.object({
      file: z.string().regex(/^[\w.-]+\.txt$/, { error: 'expected the file name of a capture in content/captures/' }),
      removed: z.array(z.object({
        line: z.number().int().positive(),
        text: z.string(),
        kind: z.enum(removedLineKinds, { error: `expected one of: ${removedLineKinds.join(', ')}` }),
        why: z.string().min(1),
      })),
      notes: z.array(z.string()).default([]),
    }),
  }),
});

/** The captured source texts, byte for byte, so provenance can be checked and downloaded. */
const captures = defineCollection({
  loader: async () => {
    const dir = join(contentDir, 'captures');
    const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
    return Promise.all(names.map(async (name) => ({ id: name, text: await readFile(join(dir, name), 'utf8') })));
  },
  schema: z.object({ text: z.string() }),
});

const voteCount = z.number().int({ error: 'expected a whole number' }).nonnegative({ error: 'expected zero or more' });

const resolutions = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: join(contentDir, 'resolutions') }),
  schema: z.object({
    symbol,
    title: z.string().min(1),
    family,
    familyNote: z.string().nullable().optional(),
    titleSources: sources.min(1),
    session: z.number().int(),
    agendaItem: fact(z.string()),
    adopted: fact(isoDate),
    meeting: fact(z.string()),
    draftSymbol: fact(z.string()),
    orallyRevised: fact(z.boolean()),
    amendments: fact(z.string()),
    mainSponsors: fact(z.array(z.string())),
    coSponsors: fact(z.array(z.string())).extend({ complete: z.boolean() }),
    vote: z.object({
      kind: z.enum(['recorded', 'without-vote'], { error: 'expected recorded or without-vote' }),
      description: z.string(),
      inFavour: voteCount.nullable(),
      against: voteCount.nullable(),
      abstaining: voteCount.nullable(),
      status: factStatus,
      sources,
      actionText: z.string().optional(),
      secondSourceCheck: z.string().optional(),
      sumCheck: z.string().optional(),
      /** Every member's vote, where the archive has the roll-call. */
      rollCall: rollCallSchema.optional(),
    }),
    keyPoints: z.array(z.object({ text: z.string().min(1), sources: sources.min(1) })).max(6),
    keyPointsCaveat: z.string().optional(),
    introducedBy: fact(z.string()),
    statements: z.array(z.object({
      by: z.string(),
      speaker: z.string().optional(),
      kind: z.string(),
      date: isoDate.optional(),
      summary: z.string(),
      sources: sources.min(1),
    })),
    statementsNote: z.string().optional(),
    discrepancies: z.array(z.string()),
    confidence: z.string(),
    notes: z.string().optional(),
    sources: sources.min(1),
  }),
});

const sessions = defineCollection({
  // Keyed by session number, so the entry id is the number.
  loader: file(join(contentDir, 'sessions.yaml')),
  schema: z.object({
    parts: z.array(z.object({ start: isoDate, end: isoDate })).min(1),
    sources: sources.min(1),
    note: z.string().optional(),
  }),
});

const events = defineCollection({
  loader: file(join(contentDir, 'events.yaml')),
  schema: z.object({
    date: isoDate,
    kind: z.enum(['meeting', 'vote'], { error: 'expected meeting or vote' }),
    session: z.number().int().optional(),
    title: z.string().min(1),
    summary: z.string().min(1),
    resolutions: z.array(symbol).default([]),
    vote: z.object({ inFavour: voteCount, against: voteCount, abstaining: voteCount }).optional(),
    status: factStatus,
    sources: sources.min(1),
  }),
});

/** Every State named in a roll-call, keyed by the slug of its page. */
const states = defineCollection({
  loader: file(join(contentDir, 'states.yaml')),
  schema: stateSchema,
});

/** A page on one series, written in MDX with the archive's components (see the README). */
const series = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentDir, 'series') }),
  schema: z.object({
    title: z.string().min(1, { error: 'expected the series title' }),
    family,
    description: z.string().min(1).max(300, { error: 'keep the description under 300 characters: it is the page description' }),
  }),
});

export const collections = { articles, captures, resolutions, sessions, events, states, series };
