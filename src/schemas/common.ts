/**
 * Building blocks shared by every record's schema. Plain zod (the same package Astro re-exports as
 * astro/zod), so that src/lib can take enums and types from here without importing Astro.
 */
import { z } from 'zod';
import { isIsoDate } from '../lib/dates.ts';

export const isoDate = z.string({ error: 'expected a date written YYYY-MM-DD (in quotes in YAML)' })
  .refine(isIsoDate, { error: 'expected a real calendar date written YYYY-MM-DD' });
export const webUrl = z.url({ protocol: /^https?$/, error: 'expected a full http(s) URL' });
export const sources = z.array(webUrl, { error: 'expected a list of source URLs' });

/** How sure the archive is of one fact; see /about/ for what each level means. */
export const factStatuses = ['confirmed', 'single-source', 'unconfirmed', 'not-found'] as const;
export type FactStatus = (typeof factStatuses)[number];
export const factStatus = z.enum(factStatuses, { error: `expected one of: ${factStatuses.join(', ')}` });

/** A single fact, with where it was found and how sure we are of it. */
export function fact<T extends z.ZodType>(value: T) {
  return z.object({ value: value.nullable(), status: factStatus, sources, note: z.string().optional() });
}
