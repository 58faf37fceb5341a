/**
 * Building blocks shared by every record's schema. Plain zod (the same package Astro re-exports as
 * astro/zod), so that src/lib can take enums and types from here without importing Astro.
 */
import { z } from 'zod';
import { isIsoDate, isResolutionSymbol } from './formats.ts';

/** What the drafting tools write where the editor must fill in a fact; never published. */
export const DRAFT_MARK = 'CHECK:';
/** Text an editor wrote, not a drafting tool's placeholder. */
export const written = z
  .string()
  .min(1)
  .refine((text) => !text.startsWith(DRAFT_MARK), {
    error: `expected the editor's own words; found the drafting tool's placeholder (${DRAFT_MARK} …)`,
  });

/** A BCP 47 language tag the platform's Intl accepts (`en`, `zh-Hant`), so no page can fail on it. */
export const langTag = z.string().refine(
  (tag) => {
    try {
      return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'expected a language tag such as en, zh or zh-Hant' },
);

export const isoDate = z
  .string({ error: 'expected a date written YYYY-MM-DD (in quotes in YAML)' })
  .refine(isIsoDate, { error: 'expected a real calendar date written YYYY-MM-DD' });
/** The addresses kept for examples (RFC 2606): what a template shows, never a source. */
const exampleHost = /(^|\.)example\.(org|com|net)$/i;
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'expected a full http(s) URL' })
  // A string that is no URL at all has its issue from z.url already; the refinement runs anyway, so must not throw.
  .refine((url) => !URL.canParse(url) || !exampleHost.test(new URL(url).hostname), {
    error: "expected the address of a real source; found an example address, the template's placeholder",
  });
export const sources = z.array(webUrl, { error: 'expected a list of source URLs' });
export const symbol = z
  .string()
  .refine(isResolutionSymbol, { error: 'expected a resolution symbol such as A/HRC/RES/37/23' });
export const voteCount = z
  .number()
  .int({ error: 'expected a whole number' })
  .nonnegative({ error: 'expected zero or more' });

/** How sure the archive is of one fact; see /about/ for what each level means. */
export const factStatuses = ['confirmed', 'single-source', 'unconfirmed', 'not-found'] as const;
export type FactStatus = (typeof factStatuses)[number];
export const factStatus = z.enum(factStatuses, { error: `expected one of: ${factStatuses.join(', ')}` });

/** A single fact, with where it was found and how sure we are of it. */
export function fact<T extends z.ZodType>(value: T) {
  return z
    .object({ value: value.nullable(), status: factStatus, sources, note: z.string().optional() })
    .superRefine((f, ctx) => {
      const value = (f as unknown as { value: unknown }).value;
      // Stryker disable next-line ConditionalExpression: a fact's value is nullable, not optional: never undefined
      const known = value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
      const problem = statusProblem({ status: f.status, sources: f.sources, known });
      if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    });
}

/** Any fact, whatever its value's type: what a page needs to show one. */
export type Fact = z.infer<ReturnType<typeof fact<z.ZodUnknown>>>;

/** A title a page can wrap: no run of more than 40 characters without a space. */
export function title(missing = 'expected a title') {
  return z
    .string({ error: missing })
    .min(1, { error: 'expected a non-empty title' })
    .superRefine((text, ctx) => {
      if (text.startsWith(DRAFT_MARK))
        ctx.addIssue({
          code: 'custom',
          message: `expected the title itself; found the drafting tool's placeholder (${DRAFT_MARK} …)`,
        });
      // Stryker disable next-line Regex: splitting at each space only adds empty words, never a long one
      const long = text.split(/\s+/).find((word) => word.length > 40);
      if (long)
        ctx.addIssue({
          code: 'custom',
          message: `expected words of at most 40 characters, so that the page can wrap the title; found “${long.slice(0, 60)}”`,
        });
    });
}

/**
 * The rules behind each confirmation level, for any record with a status and sources: a fact, a
 * vote, an event. Returns what is wrong, or undefined.
 */
export function statusProblem(record: {
  status: FactStatus;
  sources: readonly string[];
  known: boolean;
}): { field: 'status' | 'sources'; message: string } | undefined {
  const { status, sources: list, known } = record;
  if (status === 'not-found' && known)
    return {
      field: 'status',
      message: 'expected a status other than not-found, since a value is given; found not-found',
    };
  if (status !== 'not-found' && !known)
    return { field: 'status', message: `expected not-found, since no value is given; found ${status}` };
  if (status === 'confirmed' && new Set(list).size < 2)
    return {
      field: 'sources',
      message: `expected two or more different sources for a confirmed fact (or status single-source); found ${new Set(list).size}`,
    };
  if ((status === 'single-source' || status === 'unconfirmed') && list.length === 0)
    return { field: 'sources', message: `expected at least one source for a ${status} fact; found none` };
  return undefined;
}
