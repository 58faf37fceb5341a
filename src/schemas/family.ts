/** The series a resolution belongs to, and how pages name them. */
import { z } from 'zod';

export const families = ['development', 'cooperation', 'related'] as const;
export type Family = (typeof families)[number];
export const family = z.enum(families, { error: `expected one of: ${families.join(', ')}` });

/**
 * A series is one text adopted again and again, so its votes can be compared from one text to the
 * next. `related` is not a series: two unrelated texts by the same sponsor in the same period, which
 * nothing may compare as if they were one.
 */
export const isSeries: Record<Family, boolean> = { development: true, cooperation: true, related: false };
