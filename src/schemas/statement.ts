/**
 * What was said at or around the adoption of a resolution (content/statements.yaml): who spoke, for
 * whom, at which stage, the position taken and the reason given, in the archive's own words.
 */
import { z } from 'zod';
import { factStatus, langTag, sources, statusProblem, symbol, written } from './common.ts';
import { partialDate } from './partial-date.ts';

export const statementStages = [
  'introduction',
  'statement-at-adoption',
  'explanation-of-vote',
  'explanation-of-position',
  'consultations',
  'press-briefing',
  'ngo-statement',
  'comment',
] as const;

/** The position a statement takes on the text; `sponsor` is the State that presented it. */
export const statementPositions = ['sponsor', 'for', 'against', 'abstained', 'concerns'] as const;
export type StatementPosition = (typeof statementPositions)[number];

const speaker = z
  .object({
    /** A State, named as in states.yaml where it sat on the Council. */
    state: written.optional(),
    /** An organisation that is not a State: an NGO, a group of NGOs, a UN office. */
    organisation: written.optional(),
    onBehalfOf: z.string().min(1).optional(),
    person: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
  })
  .refine((s) => (s.state === undefined) !== (s.organisation === undefined), {
    error: 'expected either state or organisation (one of the two)',
    path: ['state'],
  });

export const statementSchema = z
  .object({
    resolution: symbol,
    /** The day it was said; the month or the year where no source gives the day. */
    date: partialDate,
    speaker,
    stage: z.enum(statementStages, { error: `expected one of: ${statementStages.join(', ')}` }),
    position: z.enum(statementPositions, { error: `expected one of: ${statementPositions.join(', ')}` }),
    /** The stated reason, in one or two sentences of the archive's own words. */
    summary: written.max(400, {
      error: 'expected one or two sentences (at most 400 characters) in the archive’s own words',
    }),
    /** At most one sentence in the speaker's words, where the exact words matter. */
    quote: z
      .object({
        text: z.string().min(1).max(320, { error: 'expected at most one sentence (320 characters)' }),
        lang: langTag,
        /** The archive's own translation, where the quotation is not in English. */
        translation: z.string().min(1).optional(),
        source: z.url({ protocol: /^https?$/, error: 'expected the full http(s) URL the quotation is taken from' }),
      })
      .optional(),
    /** The outlet through which the archive knows of the statement, where it is not the speaker's own text. */
    reportedBy: z.string().min(1).optional(),
    /** Why a State's stated position differs from its vote in the roll-call, where it does. */
    positionNote: z.string().min(1).optional(),
    status: factStatus.exclude(['not-found'], { error: 'expected confirmed, single-source or unconfirmed' }),
    sources: sources.min(1, { error: 'expected at least one source' }),
  })
  .superRefine((s, ctx) => {
    const problem = statusProblem({ status: s.status, sources: s.sources, known: true });
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type StatementData = z.infer<typeof statementSchema>;
