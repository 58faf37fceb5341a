/** A context event on the timeline (content/events.yaml), keyed by its id. */
import { z } from 'zod';
import { COUNCIL_MEMBERS } from './formats.ts';
import { factStatus, isoDate, sources, statusProblem, symbol, title, voteCount } from './common.ts';

export const eventSchema = z
  .object({
    date: isoDate,
    kind: z.enum(['meeting', 'vote'], { error: 'expected meeting or vote' }),
    session: z.number().int().optional(),
    title: title(),
    summary: z.string().min(1),
    resolutions: z.array(symbol).default([]),
    vote: z.object({ inFavour: voteCount, against: voteCount, abstaining: voteCount }).optional(),
    status: factStatus,
    sources: sources.min(1),
  })
  .superRefine((event, ctx) => {
    const problem = statusProblem({ status: event.status, sources: event.sources, known: true });
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    if (event.kind === 'vote' && !event.vote)
      ctx.addIssue({
        code: 'custom',
        path: ['vote'],
        message: 'expected the counts (inFavour, against, abstaining) of an event of kind vote; found none',
      });
    if (event.vote) {
      const total = event.vote.inFavour + event.vote.against + event.vote.abstaining;
      if (total > COUNCIL_MEMBERS)
        ctx.addIssue({
          code: 'custom',
          path: ['vote'],
          message: `expected at most the Council's ${COUNCIL_MEMBERS} votes in all; found ${total}`,
        });
    }
  });
