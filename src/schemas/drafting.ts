/**
 * How a resolution was drafted (content/drafting.yaml, keyed by the resolution's slug): the OHCHR
 * record's draft field, the draft's original title, the steps and rounds of consultations, the
 * amendments and their fate, and what the research looked for and did not find.
 */
import { z } from 'zod';
import { fact, factStatus, isoDate, sources, statusProblem, webUrl } from './common.ts';

export const amendmentFates = ['adopted-by-vote', 'accepted-by-sponsor', 'rejected', 'not-known'] as const;

const sourced = { status: factStatus.exclude(['not-found']), sources: sources.min(1) };
/** The confirmation rules of every fact (two different sources for `confirmed`) on a sourced item. */
function withStatus<T extends z.ZodType<{ status: z.infer<typeof factStatus>; sources: string[] }>>(item: T) {
  return item.superRefine((value, ctx) => {
    const problem = statusProblem({ status: value.status, sources: value.sources, known: true });
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
}

/** Something the research looked for and did not find, and where it would be. */
const gap = z.object({ text: z.string().min(1), lookIn: webUrl });

export const draftingSchema = z.object({
  /** The OHCHR voting record's "Draft" field, as written there. */
  draftRecord: fact(z.string()),
  originalTitle: fact(z.string()).optional(),
  /** Who presented the draft, as one account or several that differ. */
  presenters: z
    .array(withStatus(z.object({ states: z.array(z.string().min(1)).min(1), account: z.string().min(1), ...sourced })))
    .default([]),
  steps: z.array(withStatus(z.object({ date: isoDate.optional(), text: z.string().min(1), ...sourced }))).default([]),
  /** Rounds of informal consultations, as each side counted them; `countedBy` reads after "according to". */
  consultations: z
    .array(withStatus(z.object({ rounds: z.number().int().positive(), countedBy: z.string().min(1), ...sourced })))
    .default([]),
  amendments: z
    .array(
      withStatus(
        z.object({
          by: z.string().min(1),
          count: z.number().int().positive().optional(),
          text: z.string().min(1),
          fate: z.enum(amendmentFates, { error: `expected one of: ${amendmentFates.join(', ')}` }),
          ...sourced,
        }),
      ),
    )
    .default([]),
  gaps: z
    .object({
      drafting: z.array(gap).default([]),
      statements: z.array(gap).default([]),
      followUp: z.array(gap).default([]),
    })
    .prefault({}),
});
export type DraftingData = z.infer<typeof draftingSchema>;
