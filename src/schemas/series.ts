/** A series page's frontmatter (content/series/<family>.mdx). */
import { z } from 'zod';
import { family } from './family.ts';

export const seriesSchema = z.object({
  title: z.string().min(1, { error: 'expected the series title' }),
  family,
  description: z
    .string()
    .min(1)
    .max(300, { error: 'keep the description under 300 characters: it is the page description' }),
});
