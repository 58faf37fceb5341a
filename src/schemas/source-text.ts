/** A source text's frontmatter: its provenance, the capture it is checked against, what it mentions. */
import { z } from 'zod';
import { isSlug } from './formats.ts';
import { isoDate, sources, symbol, title, webUrl } from './common.ts';

export const sourceTextTypes = ['news-report', 'commentary', 'paper', 'official-statement'] as const;
export const dateCertainties = ['stated-on-page', 'from-url', 'from-other-sources', 'inferred'] as const;
export const removedLineKinds = ['title', 'metadata', 'boilerplate'] as const;
export const mentionIdentifications = ['confirmed', 'inferred', 'context'] as const;

const person = z.object({ name: z.string().min(1), role: z.string().optional() });

/**
 * The author or speaker a citation names: APA and RIS need the family name apart from the given
 * name, and a Chinese name is written family name first, so neither can be guessed from the order.
 */
const citedPerson = person
  .extend({
    family: z.string({ error: 'expected the family name, as the source spells it, for citations' }).min(1),
    given: z.string({ error: 'expected the given name(s), for citations' }).min(1),
  })
  .superRefine((p, ctx) => {
    const orders = [`${p.family} ${p.given}`, `${p.given} ${p.family}`];
    if (!orders.some((order) => order.toLocaleLowerCase('en') === p.name.toLocaleLowerCase('en'))) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        input: p.name,
        message: `expected the family and given names in one order or the other ("${orders.join('" or "')}")`,
      });
    }
  });

export const sourceTextSchema = z.object({
  title: title('expected the title as published'),
  slug: z.string().refine(isSlug, { error: 'expected lowercase words joined by hyphens' }).optional(),
  type: z.enum(sourceTextTypes, { error: `expected one of: ${sourceTextTypes.join(', ')}` }),
  publisher: z.object({ name: z.string().min(1), description: z.string().optional(), url: webUrl.optional() }),
  republishedFrom: z.string().optional(),
  originalUrl: webUrl,
  published: z.object({
    date: isoDate,
    time: z
      .string()
      .regex(/^\d{2}:\d{2}(:\d{2})?$/, { error: 'expected HH:MM or HH:MM:SS' })
      .optional(),
    certainty: z.enum(dateCertainties, { error: `expected one of: ${dateCertainties.join(', ')}` }),
    basis: z.string().min(1, { error: 'say how the date is known' }),
    sources: sources.optional(),
  }),
  author: citedPerson.optional(),
  speaker: citedPerson.optional(),
  editor: z.string().optional(),
  people: z.array(person).default([]),
  summary: z.string().min(1).max(300, { error: 'keep the summary under 300 characters: it is the page description' }),
  mentions: z
    .array(
      z.object({
        resolutions: z.array(symbol).min(1),
        passage: z.string().min(1).optional(),
        identification: z.enum(mentionIdentifications, {
          error: `expected one of: ${mentionIdentifications.join(', ')}`,
        }),
        note: z.string().optional(),
      }),
    )
    .default([]),
  sessions: z.array(z.number().int()).default([]),
  sources: sources.min(1, { error: 'expected at least one source for the provenance' }),
  capture: z.object({
    file: z.string().regex(/^[\w.-]+\.txt$/, { error: 'expected the file name of a capture in content/captures/' }),
    removed: z.array(
      z.object({
        line: z.number().int().positive(),
        text: z.string(),
        kind: z.enum(removedLineKinds, { error: `expected one of: ${removedLineKinds.join(', ')}` }),
        why: z.string().min(1),
      }),
    ),
    notes: z.array(z.string()).default([]),
  }),
});
export type ArticleData = z.infer<typeof sourceTextSchema>;
