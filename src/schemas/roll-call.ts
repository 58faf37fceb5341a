/**
 * A resolution's roll-call: every member of the Council in one of four groups, where it was read,
 * and which votes a second source confirms. Rules that need the States file or the official totals
 * (47 members once each, group sizes, unknown or look-alike names) are in src/lib/roll-calls.ts.
 */
import { z } from 'zod';
import { sources, webUrl } from './common.ts';

export const voteGroups = ['inFavour', 'against', 'abstaining', 'notVoting'] as const;
export type VoteGroup = (typeof voteGroups)[number];
export const voteGroup = z.enum(voteGroups, { error: `expected one of: ${voteGroups.join(', ')}` });

/**
 * Everything a page says or draws for a group, in one table: its heading, the words of a sentence
 * ("Cuba voted in favour"), the words after a count ("28 in favour"), its short form in tables, and
 * its colour as a swatch and as a fill (its shape is drawn from the group's key, `data-mark`, in
 * global.css). "Did not vote" is never folded into abstentions.
 */
export const voteGroupLabels: Record<
  VoteGroup,
  { heading: string; sentence: string; counted: string; short: string; swatch: string; fill: string }
> = {
  inFavour: {
    heading: 'In favour',
    sentence: 'voted in favour',
    counted: 'in favour',
    short: 'Yes',
    swatch: 'bg-yes',
    fill: 'fill-yes',
  },
  against: {
    heading: 'Against',
    sentence: 'voted against',
    counted: 'against',
    short: 'No',
    swatch: 'bg-no',
    fill: 'fill-no',
  },
  abstaining: {
    heading: 'Abstaining',
    sentence: 'abstained',
    counted: 'abstaining',
    short: 'Abst.',
    swatch: 'bg-abstain',
    fill: 'fill-abstain',
  },
  notVoting: {
    heading: 'Did not vote',
    sentence: 'did not vote',
    counted: 'did not vote',
    short: 'DNV',
    swatch: 'bg-absent',
    fill: 'fill-absent',
  },
};

const stateNames = z.array(z.string().min(1, { error: 'expected a State name' }), {
  error: 'expected a list of State names (possibly empty: [])',
});
const quote = z.string().min(1, { error: 'expected the passage of the source that confirms the votes' });

/** A second source that states some of the votes: named States in one group, or every vote cast. */
const confirmation = z.union(
  [
    z.object({ source: webUrl, quote, covers: z.literal('every-vote-cast') }).strict(),
    z.object({ source: webUrl, quote, vote: voteGroup, states: stateNames.min(1) }).strict(),
  ],
  { error: 'expected either covers: every-vote-cast, or vote (a group) and states (the States it names)' },
);

const counts = z.object(
  Object.fromEntries(voteGroups.map((g) => [g, z.number().int().nonnegative()])) as Record<VoteGroup, z.ZodNumber>,
);

export const rollCallSchema = z
  .object({
    record: z
      .url({ error: 'expected the OHCHR voting record, https://searchlibrary.ohchr.org/record/<id>' })
      .regex(/^https:\/\/searchlibrary\.ohchr\.org\/record\/\d+$/, {
        error: 'expected the OHCHR voting record, https://searchlibrary.ohchr.org/record/<id>',
      }),
    sources: sources.min(1, { error: 'expected at least the voting record' }),
    inFavour: stateNames,
    against: stateNames,
    abstaining: stateNames,
    notVoting: stateNames.default([]),
    confirmations: z.array(confirmation).default([]),
    /** Declared where the record's list of States disagrees with its own official totals. */
    discrepancy: z
      .object({
        rollCallCounts: counts,
        explanation: z
          .string()
          .min(1, { error: 'say in a sentence how the list and the official totals differ, and what is not known' }),
      })
      .optional(),
    membership: z.object({ year: z.number().int(), finding: z.string().min(1), sources: sources.min(1) }),
  })
  .refine((r) => r.sources.includes(r.record), {
    error: 'expected the voting record among the sources',
    path: ['sources'],
  });
export type RollCall = z.infer<typeof rollCallSchema>;
