/**
 * What a resolution set in motion (content/follow-up.yaml): one request (a study, a seminar, a panel,
 * a report) and what became of it, with its date and document symbol where a source gives them.
 */
import { z } from 'zod';
import { factStatus, isoDate, sources, statusProblem, symbol, webUrl } from './common.ts';

export const followUpKinds = ['study', 'seminar', 'meeting', 'panel', 'report', 'workshop'] as const;

export const followUpSchema = z
  .object({
    resolution: symbol,
    kind: z.enum(followUpKinds, { error: `expected one of: ${followUpKinds.join(', ')}` }),
    title: z.string().min(1).max(160),
    /** What the resolution asked for, in the archive's words. */
    request: z.string().min(1),
    requestSources: sources.min(1, { error: 'expected at least one source for the request' }),
    /** What became of it, in the archive's words; null where no source says. */
    outcome: z.string().min(1).nullable(),
    /** When it was held or presented, where a source gives the day. */
    held: z.object({ date: isoDate, endDate: isoDate.optional() }).optional(),
    /** When it happened in words, where no source gives the day ("at the 41st session, June–July 2019"). */
    when: z.string().min(1).optional(),
    session: z.number().int().optional(),
    /** The document's symbol, or null while it is not in the archive. */
    document: z.string().min(1).nullable(),
    /** Where the document or the missing fact would be found: an official page or search. */
    lookIn: webUrl.optional(),
    status: factStatus,
    sources,
    note: z.string().min(1).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.held?.endDate && f.held.endDate < f.held.date)
      ctx.addIssue({
        code: 'custom',
        path: ['held', 'endDate'],
        message: `expected an end date on or after ${f.held.date}; found ${f.held.endDate}`,
      });
    // The outcome is the fact the status and the sources speak for: the same rules as any fact.
    const problem = statusProblem({ status: f.status, sources: f.sources, known: f.outcome !== null });
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    if ((f.document === null || f.outcome === null) && !f.lookIn)
      ctx.addIssue({
        code: 'custom',
        path: ['lookIn'],
        message: 'expected the address where the missing document or outcome would be found (lookIn)',
      });
  });
export type FollowUpData = z.infer<typeof followUpSchema>;
