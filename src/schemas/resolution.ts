/** A resolution: each fact with its sources and status, the official vote and, where known, the roll-call. */
import { z } from 'zod';
import { COUNCIL_MEMBERS } from './formats.ts';
import { fact, factStatus, isoDate, sources, statusProblem, symbol, title, voteCount, written } from './common.ts';
import { seriesId } from './series.ts';
import { rollCallSchema } from './roll-call.ts';

export const voteKinds = ['recorded', 'without-vote'] as const;

export const resolutionSchema = z.object({
  symbol,
  title: title(),
  series: seriesId,
  seriesNote: z.string().nullable().optional(),
  titleSources: sources.min(1),
  session: z.number().int(),
  agendaItem: fact(z.string()),
  adopted: fact(isoDate),
  meeting: fact(z.string()),
  draftSymbol: fact(z.string()),
  orallyRevised: fact(z.boolean()),
  amendments: fact(z.string()),
  mainSponsors: fact(z.array(z.string())),
  coSponsors: z
    .intersection(fact(z.array(z.string())), z.object({ complete: z.boolean() }))
    .refine((c) => !c.complete || c.value !== null, {
      error: 'expected complete: false while the list is not in the archive (value: null); found complete: true',
      path: ['complete'],
    }),
  vote: z
    .object({
      kind: z.enum(voteKinds, { error: 'expected recorded or without-vote' }),
      /** What the record adds about how the vote came about, as a sentence (who called it…). */
      description: written.optional(),
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
    })
    .superRefine((vote, ctx) => {
      const counts = [vote.inFavour, vote.against, vote.abstaining];
      const known = counts.filter((n) => n !== null).length;
      if (vote.kind === 'without-vote' && (known > 0 || vote.rollCall)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kind'],
          message:
            'expected recorded, since counts or a roll-call are given; found without-vote (a text adopted without a vote has neither)',
        });
      }
      if (known > 0 && known < 3)
        ctx.addIssue({
          code: 'custom',
          path: ['inFavour'],
          message: `expected all three counts (inFavour, against, abstaining) or none; found ${known}`,
        });
      const total = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
      if (total > COUNCIL_MEMBERS)
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `expected at most the Council's ${COUNCIL_MEMBERS} votes in all; found ${total}`,
        });
      for (const [name, n] of [
        ['inFavour', vote.inFavour],
        ['against', vote.against],
        ['abstaining', vote.abstaining],
      ] as const) {
        if (n !== null && n > COUNCIL_MEMBERS)
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: `expected at most the Council's ${COUNCIL_MEMBERS} members; found ${n}`,
          });
      }
      if (vote.kind === 'recorded') {
        const problem = statusProblem({ status: vote.status, sources: vote.sources, known: known === 3 });
        if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
      }
    }),
  keyPoints: z.array(z.object({ text: written, sources: sources.min(1) })).max(6),
  keyPointsCaveat: z.string().optional(),
  introducedBy: fact(z.string()),
  /** Statements moved to content/statements.yaml, one record each, checked against the roll-call. */
  statements: z
    .never({ error: 'expected no statements here: each is a record of its own in content/statements.yaml' })
    .optional(),
  /** The series was called `family` in files written before the rename; say so rather than drop it. */
  family: z.never({ error: 'expected `series` instead: the field was renamed' }).optional(),
  familyNote: z.never({ error: 'expected `seriesNote` instead: the field was renamed' }).optional(),
  discrepancies: z.array(z.string()),
  confidence: written,
  notes: z.string().optional(),
  sources: sources.min(1),
});
