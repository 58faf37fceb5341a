/**
 * One dated entry of the generated timeline (a TimelineJS-like model): its shape is defined here once,
 * typed from this schema wherever it is built or read, and checked where timeline.json is read back.
 */
import { z } from 'zod';
import { seriesId } from './series.ts';

export const entryKinds = ['session', 'event', 'resolution', 'follow-up', 'source-text'] as const;
export type EntryKind = (typeof entryKinds)[number];

export const timelineEntrySchema = z.object({
  id: z.string().min(1).describe('Stable anchor for deep links: unique across the timeline'),
  kind: z.enum(entryKinds),
  date: z.string().describe('YYYY-MM-DD'),
  endDate: z.string().optional(),
  title: z.string(),
  label: z
    .string()
    .optional()
    .describe("A few characters for the drawn timeline: a session's number, a resolution's short symbol"),
  href: z.string().optional(),
  series: seriesId.optional().describe('Resolutions only'),
  symbol: z.string().optional().describe('Resolutions only'),
  vote: z
    .object({ inFavour: z.number().nullable(), against: z.number().nullable(), abstaining: z.number().nullable() })
    .optional()
    .describe('Resolutions only'),
  sourceTextId: z.string().optional().describe('Source texts only'),
  detail: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineFile = z.object({ entries: z.array(timelineEntrySchema) });
export type TimelineFile = z.infer<typeof timelineFile>;
