/** The series a resolution belongs to, and a series page's frontmatter (content/series/<series>.mdx). */
import { z } from 'zod';

export const seriesIds = ['development', 'cooperation', 'related'] as const;
export type SeriesId = (typeof seriesIds)[number];
export const seriesId = z.enum(seriesIds, { error: `expected one of: ${seriesIds.join(', ')}` });

/**
 * In the development and cooperation series one text is adopted again and again, so its votes can
 * be compared from one text to the next. `related` gathers two unrelated texts by the same sponsor
 * in the same period, which nothing may compare as if they were one.
 */
export const comparesVotes: Record<SeriesId, boolean> = { development: true, cooperation: true, related: false };

export const seriesSchema = z.object({
  title: z.string().min(1, { error: 'expected the series title' }),
  series: seriesId,
  description: z
    .string()
    .min(1)
    .max(300, { error: 'keep the description under 300 characters: it is the page description' }),
});
