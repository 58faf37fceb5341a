/** A regular session of the Council, keyed by its number in content/sessions.yaml. */
import { z } from 'zod';
import { isoDate, sources } from './common.ts';

export const sessionSchema = z
  .object({
    parts: z
      .array(
        z.object({ start: isoDate, end: isoDate }).superRefine((part, ctx) => {
          if (part.end < part.start)
            ctx.addIssue({
              code: 'custom',
              path: ['end'],
              message: `expected the end on or after the start (${part.start}); found ${part.end}`,
            });
        }),
      )
      .min(1, { error: 'expected at least one part with its start and end dates' }),
    sources: sources.min(1),
    note: z.string().optional(),
  })
  .superRefine((session, ctx) => {
    session.parts.forEach((part, i) => {
      const before = session.parts[i - 1];
      if (before && part.start <= before.end)
        ctx.addIssue({
          code: 'custom',
          path: ['parts', i, 'start'],
          message: `expected a date after the end of the part before (${before.end}); found ${part.start}`,
        });
    });
  });
