/**
 * Roll-calls: who voted how on each resolution, checked against the States file and the official
 * totals, and turned around into each State's record across the resolutions.
 */
import type { FactStatus } from '../schemas/common.ts';
import { comparesVotes, type SeriesId } from '../schemas/series.ts';
import { voteGroups, type RollCall, type VoteGroup } from '../schemas/roll-call.ts';
import { COUNCIL_MEMBERS, hasCounts, type VoteCounts } from './votes.ts';
import { alikeOrder, votesBySymbol, type VoteRecord } from './agreement.ts';

export interface StateRef {
  slug: string;
  name: string;
  iso3: string;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Letters from other scripts that look like Latin ones (ё and ї need no entry: NFKD parts them into е and і
 * and a diaeresis, which goes with the other accents). A name written with one of them is another
 * string, so without this a "Cubа" with a Cyrillic а could stand beside "Cuba" in one vote.
 */
const lookAlikes: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  з: '3',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ı: 'i',
};

/** The key two spellings of one State share: no accents, case, look-alike letters, quote styles or extra spaces. */
export function stateKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/./gu, (ch) => lookAlikes[ch] ?? ch)
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** `U+0430` for the first character where two strings part, with its position (1-based). */
export function firstDifference(found: string, expected: string): string {
  const a = [...found];
  const b = [...expected];
  const i = a.findIndex((ch, index) => ch !== b[index]);
  const at = i === -1 ? a.length : i;
  const ch = a[at];
  const code =
    ch === undefined
      ? 'the end of the name'
      : // Stryker disable next-line OptionalChaining: a character always has a code point; `?.` is for the types
        `“${ch}” (U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`;
  return `character ${at + 1} is ${code}`;
}

/** A roll-call's list sizes per group. */
export function groupSizes(rollCall: Pick<RollCall, VoteGroup>): Record<VoteGroup, number> {
  return Object.fromEntries(voteGroups.map((g) => [g, rollCall[g].length])) as Record<VoteGroup, number>;
}

/** The official totals as four groups; members not counted in favour, against or abstaining did not vote. */
export function officialGroupSizes(counts: VoteCounts): Record<VoteGroup, number> | undefined {
  if (!hasCounts(counts)) return undefined;
  const notVoting = COUNCIL_MEMBERS - counts.inFavour - counts.against - counts.abstaining;
  return { inFavour: counts.inFavour, against: counts.against, abstaining: counts.abstaining, notVoting };
}

const sizesText = (s: Record<VoteGroup, number>) =>
  `${s.inFavour}–${s.against}–${s.abstaining}, ${s.notVoting} not voting`;

/**
 * Every rule a roll-call must keep: each State named is in the States file, written as there; no
 * State is named twice (look-alike spellings included); all 47 members are named; the group sizes
 * equal the official totals, or differ exactly as a declared discrepancy says; confirmations agree.
 * Fields are relative to the resolution file (`vote.rollCall.inFavour[3]`).
 */
export function checkRollCall(rollCall: RollCall, counts: VoteCounts, states: readonly StateRef[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (path: string) => `vote.rollCall.${path}`;
  const byName = new Map(states.map((s) => [s.name, s]));
  const byKey = new Map(states.map((s) => [stateKey(s.name), s]));
  const seen = new Map<string, { group: VoteGroup; index: number; name: string }>();
  const groupOf = new Map<string, VoteGroup>();

  for (const group of voteGroups) {
    rollCall[group].forEach((name, index) => {
      const field = at(`${group}[${index}]`);
      const key = stateKey(name);
      const known = byName.get(name);
      const alike = byKey.get(key);
      if (!known && alike) {
        problems.push({
          field,
          message: `“${name}” is not written as in content/states.yaml: ${firstDifference(name, alike.name)}; expected “${alike.name}”, character for character`,
        });
      } else if (!known) {
        problems.push({
          field,
          message: `“${name}” is not in content/states.yaml; expected a State named there (correct the spelling, or add the State with its ISO 3166 alpha-3 code)`,
        });
      }
      const earlier = seen.get(key);
      if (earlier) {
        const where =
          earlier.group === group
            ? `already listed at ${at(`${group}[${earlier.index}]`)}`
            : `also listed under ${earlier.group} (${at(`${earlier.group}[${earlier.index}]`)})`;
        problems.push({
          field,
          message: `“${name}” is ${where} as “${earlier.name}”; expected each State once in a vote`,
        });
      } else {
        seen.set(key, { group, index, name });
        groupOf.set(key, group);
      }
    });
  }

  if (seen.size !== COUNCIL_MEMBERS) {
    problems.push({
      field: at('inFavour'),
      message: `the four lists name ${seen.size} different States; expected each of the Council's ${COUNCIL_MEMBERS} members exactly once (in favour, against, abstaining or not voting)`,
    });
  }

  const sizes = groupSizes(rollCall);
  const official = officialGroupSizes(counts);
  if (!official) {
    problems.push({
      field: 'vote',
      message: 'a roll-call is given but the official totals are not; expected inFavour, against and abstaining counts',
    });
  } else if (rollCall.discrepancy) {
    const declared = rollCall.discrepancy.rollCallCounts;
    const agreesWithOfficial = voteGroups.every((g) => declared[g] === official[g]);
    if (agreesWithOfficial) {
      problems.push({
        field: at('discrepancy'),
        message: `declares a discrepancy but its counts equal the official totals (${sizesText(official)}); remove it`,
      });
    }
    for (const group of voteGroups) {
      if (sizes[group] !== declared[group]) {
        problems.push({
          field: at(group),
          message: `lists ${sizes[group]} States but the declared discrepancy says the list has ${declared[group]}; expected exactly the declared ${sizesText(declared)}`,
        });
      }
    }
  } else {
    for (const group of voteGroups) {
      if (sizes[group] !== official[group]) {
        problems.push({
          field: at(group),
          message: `lists ${sizes[group]} States but the official total is ${official[group]}; expected ${official[group]}, or a discrepancy declared under vote.rollCall.discrepancy`,
        });
      }
    }
  }

  const recordSources = new Set([rollCall.record, ...rollCall.sources]);
  rollCall.confirmations.forEach((c, i) => {
    // A confirmation is a second source: the voting record, or a copy of it, cannot confirm itself.
    if (recordSources.has(c.source))
      problems.push({
        field: at(`confirmations[${i}].source`),
        message: `expected a source other than the voting record it confirms (or a copy of it); found ${c.source}`,
      });
    if (!('states' in c)) return;
    c.states.forEach((name, j) => {
      const listed = groupOf.get(stateKey(name));
      if (listed !== c.vote) {
        problems.push({
          field: at(`confirmations[${i}].states[${j}]`),
          message: listed
            ? `says “${name}” voted ${c.vote} but the roll-call lists it under ${listed}; expected the same vote`
            : `names “${name}”, who is not in the roll-call; expected a State of this vote`,
        });
      }
    });
  });
  return problems;
}

/** One State's vote on one resolution, with how sure the archive is of it and where it is written. */
export interface StateVote {
  name: string;
  group: VoteGroup;
  /** `confirmed` where a second source states the vote too; otherwise it rests on the voting record alone. */
  status: Extract<FactStatus, 'confirmed' | 'single-source'>;
  /** The voting record first, then every source that confirms this vote. */
  sources: string[];
}

/** Every vote of a roll-call, each with its status and sources, in the order of the lists. */
export function rollCallVotes(rollCall: RollCall): StateVote[] {
  return voteGroups.flatMap((group) =>
    rollCall[group].map((name) => {
      // A second source is a different one: the record itself, or one source named twice, counts once.
      const confirmedBy = [
        ...new Set(
          rollCall.confirmations
            .filter((c) =>
              'covers' in c
                ? group !== 'notVoting'
                : c.vote === group && c.states.some((s) => stateKey(s) === stateKey(name)),
            )
            .map((c) => c.source),
        ),
      ].filter((source) => source !== rollCall.record && !rollCall.sources.includes(source));
      return {
        name,
        group,
        status: confirmedBy.length > 0 ? ('confirmed' as const) : ('single-source' as const),
        sources: [rollCall.record, ...confirmedBy],
      };
    }),
  );
}

export interface ResolutionVotes {
  symbol: string;
  series: SeriesId;
  adopted: string;
  votes: readonly StateVote[];
}

/** A State's vote on one resolution, and what it did on the previous text of the same series. */
export interface StateRecordEntry<R extends ResolutionVotes> {
  resolution: R;
  vote: StateVote;
  /** The State's vote on the previous text of the series on which it voted, where it differs. */
  changedFrom?: { resolution: R; group: VoteGroup };
}

/**
 * Each State's votes in date order, keyed by State name, with every change from its vote on the
 * previous text of the same series that it took part in. Texts outside a series are never compared.
 */
export function stateRecords<R extends ResolutionVotes>(resolutions: readonly R[]): Map<string, StateRecordEntry<R>[]> {
  const ordered = [...resolutions].sort(
    (a, b) => a.adopted.localeCompare(b.adopted) || a.symbol.localeCompare(b.symbol),
  );
  const records = new Map<string, StateRecordEntry<R>[]>();
  for (const resolution of ordered) {
    for (const vote of resolution.votes) {
      const entries = records.get(vote.name) ?? [];
      const previous = comparesVotes[resolution.series]
        ? entries.findLast((e) => e.resolution.series === resolution.series)
        : undefined;
      const changed = previous && previous.vote.group !== vote.group;
      entries.push({
        resolution,
        vote,
        ...(changed ? { changedFrom: { resolution: previous.resolution, group: previous.vote.group } } : {}),
      });
      records.set(vote.name, entries);
    }
  }
  return records;
}

/** How often a State voted each way. */
export function tally(votes: readonly Pick<StateVote, 'group'>[]): Record<VoteGroup, number> {
  const counts = Object.fromEntries(voteGroups.map((g) => [g, 0])) as Record<VoteGroup, number>;
  for (const vote of votes) counts[vote.group] += 1;
  return counts;
}

/**
 * The orders a table of States can take, each a page of its own: by name, or by how often they voted
 * one way (most first). Each order's address segment, as on /votes/by-votes-against/.
 */
export const stateOrders = {
  name: { group: undefined, segment: undefined, label: 'by name' },
  'in-favour': { group: 'inFavour', segment: 'by-votes-in-favour', label: 'by votes in favour' },
  against: { group: 'against', segment: 'by-votes-against', label: 'by votes against' },
  abstaining: { group: 'abstaining', segment: 'by-abstentions', label: 'by abstentions' },
  'not-voting': { group: 'notVoting', segment: 'by-votes-not-cast', label: 'by votes not cast' },
  alike: { group: undefined, segment: 'by-voting-alike', label: 'voting alike side by side' },
} as const satisfies Record<string, { group: VoteGroup | undefined; segment: string | undefined; label: string }>;
export type StateOrder = keyof typeof stateOrders;
export const stateOrderKeys = Object.keys(stateOrders) as StateOrder[];

/** The pages of a table of States in every order, for `getStaticPaths` of a `[...order]` route. */
export function stateOrderPaths(): Array<{ params: { order: string | undefined }; props: { order: StateOrder } }> {
  return stateOrderKeys.map((order) => ({ params: { order: stateOrders[order].segment }, props: { order } }));
}

/**
 * States by name, by their votes of one kind (most first; of two with as many, the one that sat at
 * fewer votes first, as its share is the larger; then by name), or with those that voted alike side
 * by side (lib/agreement.ts).
 */
export function orderStates<S extends { name: string; tally: Record<VoteGroup, number>; record: VoteRecord }>(
  states: readonly S[],
  order: StateOrder,
): S[] {
  const byName = (a: S, b: S) => a.name.localeCompare(b.name, 'en');
  if (order === 'alike')
    return alikeOrder(states.map((state) => ({ name: state.name, votes: votesBySymbol(state.record), state }))).map(
      (v) => v.state,
    );
  const group = stateOrders[order].group;
  if (group === undefined) return [...states].sort(byName);
  const sat = (s: S) => voteGroups.reduce((sum, g) => sum + s.tally[g], 0);
  return [...states].sort((a, b) => b.tally[group] - a.tally[group] || sat(a) - sat(b) || byName(a, b));
}

/** The States that voted one way at every vote at which they sat, at least `least` times. */
export function votedEveryTime<S extends { name: string; tally: Record<VoteGroup, number> }>(
  states: readonly S[],
  group: VoteGroup,
  least = 2,
): S[] {
  return states
    .filter((s) => s.tally[group] >= least && voteGroups.every((g) => g === group || s.tally[g] === 0))
    .sort((a, b) => b.tally[group] - a.tally[group] || a.name.localeCompare(b.name, 'en'));
}
