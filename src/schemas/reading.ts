/**
 * Further reading (content/further-reading.yaml): texts about the resolutions from every side, each a
 * bibliographic record the archive links to and does not reproduce.
 */
import { z } from 'zod';
import { langTag, sources, symbol, webUrl } from './common.ts';
import { partialDate } from './partial-date.ts';

export const readingKinds = [
  'explanation-of-vote',
  'official-statement',
  'press-briefing',
  'ngo-statement',
  'ngo-commentary',
  'analysis',
  'opinion',
  'editorial',
  'news',
  'meeting-summary',
] as const;
export type ReadingKind = (typeof readingKinds)[number];

/**
 * Whose voice a text carries. A State's place (in favour, against, abstaining) is not typed here: it
 * is read from the roll-call of each resolution the text concerns.
 */
export const voices = ['sponsor', 'relaying', 'state', 'ngo', 'analyst', 'media', 'un'] as const;
export type Voice = (typeof voices)[number];

export const readingSchema = z
  .object({
    /** The title as published; where none is available, a description, with `described: true`. */
    title: z.string().min(1),
    described: z.boolean().default(false),
    lang: langTag,
    creators: z
      .array(
        z.object({
          name: z.string().min(1),
          family: z.string().min(1).optional(),
          given: z.string().min(1).optional(),
          role: z.enum(['author', 'speaker']).default('author'),
        }),
      )
      .default([]),
    publisher: z.string().min(1),
    issued: partialDate,
    /** True where the date is the archive's inference, not stated by the text. */
    dateInferred: z.boolean().default(false),
    kind: z.enum(readingKinds, { error: `expected one of: ${readingKinds.join(', ')}` }),
    voice: z.enum(voices, { error: `expected one of: ${voices.join(', ')}` }),
    /** The State whose voice it is, named as in states.yaml, where voice is state. */
    state: z.string().min(1).optional(),
    resolutions: z.array(symbol).min(1, { error: 'expected the resolutions the text concerns' }),
    /** One sentence in the archive's own words. */
    summary: z
      .string()
      .min(1)
      .max(300, { error: 'expected one sentence (at most 300 characters) in the archive’s own words' }),
    url: webUrl,
    note: z.string().min(1).optional(),
    sources: sources.default([]),
  })
  .superRefine((r, ctx) => {
    if ((r.voice === 'state') !== (r.state !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message:
          r.voice === 'state'
            ? 'expected the State whose voice the text is (state), since voice is state'
            : `expected no state, since voice is ${r.voice}; found ${r.state}`,
      });
  });
export type ReadingData = z.infer<typeof readingSchema>;
