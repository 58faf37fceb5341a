/**
 * Who votes with whom: how often two States cast the same vote at the votes at which both sat, how
 * often a State voted as the resolution's main sponsor did, and an order of the States that puts
 * those that voted alike next to each other. Two States "cast the same vote" when both voted in
 * favour, both against or both abstained; a vote not cast is never the same as another.
 */
import type { VoteGroup } from '../schemas/roll-call.ts';

/** A State's vote on each resolution at which it sat, by the resolution's symbol. */
export type VotesBySymbol = ReadonlyMap<string, VoteGroup>;

export interface Voter {
  name: string;
  votes: VotesBySymbol;
}

export interface Agreement {
  /** Votes at which both sat. */
  together: number;
  /** Of those, the votes at which both cast the same vote. */
  same: number;
}

/** A State's record, as much of it as voting alike needs: each resolution's symbol and the State's vote. */
export type VoteRecord = ReadonlyArray<{ resolution: { symbol: string }; vote: { group: VoteGroup } }>;

/** A State's record as votes by symbol. */
export function votesBySymbol(record: VoteRecord): VotesBySymbol {
  return new Map(record.map((e) => [e.resolution.symbol, e.vote.group]));
}

const sameVote = (a: VoteGroup, b: VoteGroup | undefined) => a === b && a !== 'notVoting';

export function agreement(a: VotesBySymbol, b: VotesBySymbol): Agreement {
  let together = 0;
  let same = 0;
  for (const [symbol, vote] of a) {
    if (!b.has(symbol)) continue;
    together += 1;
    if (sameVote(vote, b.get(symbol))) same += 1;
  }
  return { together, same };
}

/** `5 of the 6 votes at which both sat`; `1 of the one vote …` where they sat together once. */
export function agreementInWords({ same, together }: Agreement): string {
  return `${same} of ${together === 1 ? 'the one vote' : `the ${together} votes`} at which both sat`;
}

/** How a State voted beside the main sponsor, as a sentence. */
export function sponsorSentence(name: string, { same, together }: Agreement): string {
  if (together === 1)
    return `${name} cast ${same === 1 ? 'the same vote as' : 'a different vote from'} the resolution's main sponsor at the one vote at which both sat.`;
  return `${name} cast the same vote as the resolution's main sponsor at ${agreementInWords({ same, together })}.`;
}

export interface Alike extends Agreement {
  name: string;
}

/**
 * Every other State that sat with `voter` at `least` votes or more, the most alike first: the larger
 * share of the same vote, then the more votes together, then by name.
 */
export function alikeStates(voter: Voter, others: readonly Voter[], least = 1): Alike[] {
  return others
    .filter((other) => other.name !== voter.name)
    .map((other) => ({ name: other.name, ...agreement(voter.votes, other.votes) }))
    .filter((a) => a.together >= least)
    .sort(
      (a, b) =>
        b.same * a.together - a.same * b.together || b.together - a.together || a.name.localeCompare(b.name, 'en'),
    );
}

/** The same list, the least alike first (of two as alike, the one that sat with it at more votes first). */
export function unalikeStates(voter: Voter, others: readonly Voter[], least = 1): Alike[] {
  return alikeStates(voter, others, least).sort((a, b) => a.same * b.together - b.same * a.together);
}

export interface SponsoredVote {
  symbol: string;
  /** The resolution's main sponsors, by the names roll-calls use. */
  sponsors: readonly string[];
  /** Every member's vote, by name. */
  votes: ReadonlyMap<string, VoteGroup>;
}

/**
 * How often a State voted as the resolution's main sponsor did, at the votes at which both sat: the
 * same vote as every main sponsor who sat. A resolution of which the State is itself a main sponsor
 * does not count.
 */
export function sponsorAgreement(name: string, resolutions: readonly SponsoredVote[]): Agreement {
  let together = 0;
  let same = 0;
  for (const r of resolutions) {
    const own = r.votes.get(name);
    const sponsorVotes = r.sponsors.flatMap((s) => {
      const vote = r.votes.get(s);
      return vote ? [vote] : [];
    });
    if (own === undefined || r.sponsors.includes(name) || sponsorVotes.length === 0) continue;
    together += 1;
    if (sponsorVotes.every((v) => sameVote(own, v))) same += 1;
  }
  return { together, same };
}

/** How far apart two groups of States voted: at how many votes two of them sat together, and differed. */
export interface Gap {
  differed: number;
  together: number;
}

/** The share of those votes at which they differed; 1 for groups that never sat together, joined last. */
export function gapDistance({ differed, together }: Gap): number {
  return together === 0 ? 1 : differed / together;
}

/** The gap between two groups of States (by index), pooled over every pair of one and the other. */
export function gapBetween(a: readonly number[], b: readonly number[], gapOf: (i: number, j: number) => Gap): Gap {
  let differed = 0;
  let together = 0;
  for (const i of a)
    for (const j of b) {
      const gap = gapOf(i, j);
      differed += gap.differed;
      together += gap.together;
    }
  return { differed, together };
}

/**
 * The two groups to join next: the pair that least often differed; of pairs as close, the one that
 * rests on more votes; of those, the first.
 */
export function closestGroups(
  groups: readonly (readonly number[])[],
  gapOf: (i: number, j: number) => Gap,
): { first: number; second: number } {
  // Stryker disable next-line UnaryOperator: every pair is nearer than Infinity, so the first always replaces this
  let best = { first: 0, second: 1, distance: Infinity, together: -1 };
  groups.forEach((a, first) =>
    groups.slice(first + 1).forEach((b, k) => {
      const gap = gapBetween(a, b, gapOf);
      const distance = gapDistance(gap);
      if (distance < best.distance || (distance === best.distance && gap.together > best.together))
        best = { first, second: first + 1 + k, distance, together: gap.together };
    }),
  );
  return { first: best.first, second: best.second };
}

/** Two groups joined into one, each turned so that the two States that meet voted most alike. */
export function joinGroups(a: readonly number[], b: readonly number[], gapOf: (i: number, j: number) => Gap): number[] {
  const reversedA = [...a].reverse();
  const reversedB = [...b].reverse();
  const seam = (order: readonly number[]) =>
    gapDistance(gapOf(order[a.length - 1] as number, order[a.length] as number));
  return [
    [...a, ...b],
    [...a, ...reversedB],
    [...reversedA, ...b],
    [...reversedA, ...reversedB],
  ].reduce((chosen, candidate) => (seam(candidate) < seam(chosen) ? candidate : chosen));
}

/** The share of a State's votes (those it sat at) cast in favour. */
const shareInFavour = (voter: Voter) => {
  const cast = [...voter.votes.values()];
  return cast.length === 0 ? 0 : cast.filter((g) => g === 'inFavour').length / cast.length;
};

/**
 * The States in an order that puts those that voted alike next to each other. Each State starts on
 * its own; the two groups whose States, at the votes at which two of them sat together, least often
 * differed are joined, and again, until one group holds them all (closestGroups). Each joining puts
 * side by side the ends of the two groups that voted most alike (joinGroups). The list starts with the
 * half that voted in favour more often.
 */
export function alikeOrder<V extends Voter>(voters: readonly V[]): V[] {
  const sorted = [...voters].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const n = sorted.length;
  const gaps = sorted.flatMap((a) =>
    sorted.map((b) => {
      const { together, same } = agreement(a.votes, b.votes);
      return { differed: together - same, together };
    }),
  );
  const gapOf = (i: number, j: number) => gaps[i * n + j] as Gap;
  let groups = sorted.map((_, i) => [i]);
  while (groups.length > 1) {
    const { first, second } = closestGroups(groups, gapOf);
    const joined = joinGroups(groups[first] as number[], groups[second] as number[], gapOf);
    groups = groups.flatMap((group, k) => (k === first ? [joined] : k === second ? [] : [group]));
  }
  const order = (groups[0] ?? []).map((k) => sorted[k] as V);
  const half = Math.floor(n / 2);
  const inFavour = (list: readonly V[]) => list.reduce((sum, v) => sum + shareInFavour(v), 0);
  return inFavour(order.slice(n - half)) > inFavour(order.slice(0, half)) ? order.reverse() : order;
}
