/**
 * What the maps say in words: the accessible name that sums up a map of one vote, and the classes of
 * the map of how often each State voted in favour.
 */
import { voteGroupLabels, voteGroups, type VoteGroup } from '../schemas/roll-call.ts';

/** A group of a vote is named State by State in the summary when it has at most this many. */
export const NAMED_AT_MOST = 3;

const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * `World map of the vote on A/HRC/RES/37/23, as the voting record lists the 47 members: 28 in favour,
 * 1 against (United States of America), …`. Small groups are named; the lists beside the map name all.
 */
export function voteMapSummary(symbol: string, groups: Readonly<Record<VoteGroup, readonly string[]>>): string {
  const members = voteGroups.reduce((n, g) => n + groups[g].length, 0);
  const parts = voteGroups
    .filter((g) => groups[g].length > 0)
    .map((g) => {
      const names = groups[g];
      const named =
        names.length <= NAMED_AT_MOST ? ` (${list.format([...names].sort((a, b) => a.localeCompare(b, 'en')))})` : '';
      return `${names.length} ${voteGroupLabels[g].counted}${named}`;
    });
  return `World map of the vote on ${symbol}, as the voting record lists the ${members} members of the Council: ${parts.join(', ')}.`;
}

/** How often a State voted in favour of the texts at whose votes it sat, in four classes. */
export const favourClasses = {
  always: { label: 'In favour every time' },
  mostly: { label: 'In favour at half or more of its votes' },
  sometimes: { label: 'In favour at fewer than half' },
  never: { label: 'Never in favour' },
} as const;
export type FavourClass = keyof typeof favourClasses;
export const favourClassKeys = Object.keys(favourClasses) as FavourClass[];

export function favourClass(tally: Readonly<Record<VoteGroup, number>>): FavourClass | undefined {
  const sat = voteGroups.reduce((n, g) => n + tally[g], 0);
  if (sat === 0) return undefined;
  if (tally.inFavour === sat) return 'always';
  if (tally.inFavour === 0) return 'never';
  return tally.inFavour * 2 >= sat ? 'mostly' : 'sometimes';
}

/** The accessible name of the map of how often each State voted in favour. */
export function favourMapSummary(counts: Readonly<Record<FavourClass, number>>, votes: number): string {
  const parts = favourClassKeys.map((c) => `${favourClasses[c].label.toLowerCase()}: ${counts[c]}`);
  return `World map of how often each State that sat on the Council voted in favour of the ${votes} resolutions; ${parts.join('; ')} States.`;
}
