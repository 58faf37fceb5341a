import { describe, expect, it } from 'vitest';
import {
  agreement,
  agreementInWords,
  sponsorSentence,
  alikeOrder,
  alikeStates,
  closestGroups,
  gapBetween,
  gapDistance,
  joinGroups,
  sponsorAgreement,
  unalikeStates,
  votesBySymbol,
  type Gap,
  type Voter,
} from '../../src/lib/agreement.ts';
import { orderStates } from '../../src/lib/roll-calls.ts';
import type { VoteGroup } from '../../src/schemas/roll-call.ts';

const codes: Record<string, VoteGroup> = { Y: 'inFavour', N: 'against', A: 'abstaining', '-': 'notVoting' };
const symbols = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'];
/** A hand-made matrix row: one letter per resolution (Y, N, A, - for not cast, . for not a member). */
const voter = (name: string, row: string): Voter => ({
  name,
  votes: new Map(
    [...row].flatMap((ch, i) => {
      const group = codes[ch];
      return group ? [[symbols[i] ?? '', group] as const] : [];
    }),
  ),
});

describe('agreement of two States', () => {
  it('counts the votes at which both sat, and of those the ones with the same vote', () => {
    expect(agreement(voter('A', 'YYNA..').votes, voter('B', 'YNNA.Y').votes)).toEqual({ together: 4, same: 3 });
  });

  it('never counts a vote not cast as the same, even when neither cast one', () => {
    expect(agreement(voter('A', '-Y').votes, voter('B', '-Y').votes)).toEqual({ together: 2, same: 1 });
    expect(agreement(voter('A', 'Y-').votes, voter('B', 'YY').votes)).toEqual({ together: 2, same: 1 });
  });

  it('finds nothing in common between States that never sat together', () => {
    expect(agreement(voter('A', 'YY..').votes, voter('B', '..YY').votes)).toEqual({ together: 0, same: 0 });
  });

  it('says it in words, the one vote as such', () => {
    expect(agreementInWords({ same: 5, together: 6 })).toBe('5 of the 6 votes at which both sat');
    expect(agreementInWords({ same: 0, together: 1 })).toBe('0 of the one vote at which both sat');
    expect(sponsorSentence('India', { same: 5, together: 6 })).toBe(
      "India cast the same vote as the resolution's main sponsor at 5 of the 6 votes at which both sat.",
    );
    expect(sponsorSentence('Benin', { same: 1, together: 1 })).toBe(
      "Benin cast the same vote as the resolution's main sponsor at the one vote at which both sat.",
    );
    expect(sponsorSentence('Chile', { same: 0, together: 1 })).toBe(
      "Chile cast a different vote from the resolution's main sponsor at the one vote at which both sat.",
    );
  });

  it('reads a State record as votes by symbol', () => {
    const votes = votesBySymbol([
      { resolution: { symbol: 'R1' }, vote: { group: 'against' } },
      { resolution: { symbol: 'R2' }, vote: { group: 'inFavour' } },
    ]);
    expect([...votes]).toEqual([
      ['R1', 'against'],
      ['R2', 'inFavour'],
    ]);
  });
});

describe('the States most and least alike', () => {
  const cuba = voter('Cuba', 'YYYYYY');
  const others = [
    cuba,
    voter('Brazil', 'YYYYY.'), // 5 of 5
    voter('China', 'YYYYYY'), // 6 of 6
    voter('India', 'YYNNYY'), // 4 of 6
    voter('Japan', 'NNNNAN'), // 0 of 6
    voter('Fiji', '....YY'), // 2 of 2
    voter('Chile', 'AYNN..'), // 1 of 4
    voter('Angola', 'YYYN..'), // 3 of 4
  ];

  it('puts the larger share first, then the more votes together, then the name; never the State itself', () => {
    expect(alikeStates(cuba, others).map((a) => `${a.name} ${a.same}/${a.together}`)).toEqual([
      'China 6/6',
      'Brazil 5/5',
      'Fiji 2/2',
      'Angola 3/4',
      'India 4/6',
      'Chile 1/4',
      'Japan 0/6',
    ]);
  });

  it('leaves out States that sat with it at fewer votes than asked', () => {
    expect(alikeStates(cuba, others, 5).map((a) => a.name)).toEqual(['China', 'Brazil', 'India', 'Japan']);
  });

  it('orders the least alike first, the larger number of votes together first among equals', () => {
    expect(unalikeStates(cuba, others).map((a) => `${a.name} ${a.same}/${a.together}`)).toEqual([
      'Japan 0/6',
      'Chile 1/4',
      'India 4/6',
      'Angola 3/4',
      'China 6/6',
      'Brazil 5/5',
      'Fiji 2/2',
    ]);
  });

  it('breaks a tie of share and votes by name', () => {
    const list = [cuba, voter('Peru', 'YY....'), voter('Chad', 'YY....')];
    expect(alikeStates(cuba, list).map((a) => a.name)).toEqual(['Chad', 'Peru']);
    expect(unalikeStates(cuba, list).map((a) => a.name)).toEqual(['Chad', 'Peru']);
  });
});

describe('voting as the main sponsor did', () => {
  const votes = (row: Record<string, VoteGroup>) => new Map(Object.entries(row));
  const resolutions = [
    { symbol: 'R1', sponsors: ['China'], votes: votes({ China: 'inFavour', Cuba: 'inFavour', Japan: 'against' }) },
    { symbol: 'R2', sponsors: ['China'], votes: votes({ Cuba: 'inFavour', Japan: 'against' }) }, // China not a member
    { symbol: 'R3', sponsors: ['China'], votes: votes({ China: 'inFavour', Cuba: 'notVoting', Japan: 'abstaining' }) },
    {
      symbol: 'R4',
      sponsors: ['Egypt', 'China'],
      votes: votes({ China: 'inFavour', Egypt: 'inFavour', Cuba: 'inFavour', Japan: 'inFavour' }),
    },
    {
      symbol: 'R5',
      sponsors: ['Egypt', 'China'],
      votes: votes({ China: 'inFavour', Egypt: 'abstaining', Cuba: 'inFavour' }),
    },
  ];

  it('counts the votes at which both sat, a vote not cast never the same, and needs every sponsor who sat to agree', () => {
    expect(sponsorAgreement('Cuba', resolutions)).toEqual({ together: 4, same: 2 });
    expect(sponsorAgreement('Japan', resolutions)).toEqual({ together: 3, same: 1 });
  });

  it('leaves out the texts of which the State is itself a main sponsor', () => {
    expect(sponsorAgreement('China', resolutions)).toEqual({ together: 0, same: 0 });
    expect(sponsorAgreement('Egypt', resolutions)).toEqual({ together: 0, same: 0 });
  });

  it('counts nothing for a State that never sat', () => {
    expect(sponsorAgreement('Peru', resolutions)).toEqual({ together: 0, same: 0 });
  });
});

describe('the order that puts States that voted alike side by side', () => {
  const names = (list: readonly Voter[]) => list.map((v) => v.name);

  it('keeps each bloc together, the bloc in favour first, the States between them in the middle', () => {
    const blocs = [
      voter('Austria', 'NNNNNN'),
      voter('Brazil', 'YYYYYY'),
      voter('Chad', 'YYYNNN'),
      voter('Denmark', 'NNNNNA'),
      voter('Egypt', 'YYYYYA'),
      voter('Fiji', 'YYNNNA'),
    ];
    const order = names(alikeOrder(blocs));
    expect([...order].sort()).toEqual(names(blocs));
    const at = (name: string) => order.indexOf(name);
    expect(Math.abs(at('Brazil') - at('Egypt'))).toBe(1);
    expect(Math.abs(at('Austria') - at('Denmark'))).toBe(1);
    expect(Math.abs(at('Chad') - at('Fiji'))).toBe(1);
    expect(['Brazil', 'Egypt']).toContain(order[0]);
    expect(order.slice(2, 4).sort()).toEqual(['Chad', 'Fiji']);
  });

  it('starts with the half of the list that voted in favour more often, not only the State that did', () => {
    // One end is a State that voted in favour once; the other half is the bloc in favour.
    const list = [
      voter('Angola', 'YNNNNN'),
      voter('Benin', 'NNNNNN'),
      voter('Chad', 'AAYYYY'),
      voter('Denmark', 'YYYYYY'),
    ];
    const order = names(alikeOrder(list));
    expect(order.slice(0, 2).sort()).toEqual(['Chad', 'Denmark']);
  });

  it('joins first the pair that rests on more votes when two pairs are as close', () => {
    // Both pairs always agree, but Chad and Fiji sat together at four votes, Benin and Cuba at one.
    const list = [voter('Benin', 'Y.....'), voter('Cuba', 'Y....N'), voter('Chad', 'AAAA..'), voter('Fiji', 'AAAA.Y')];
    const order = names(alikeOrder(list));
    expect(Math.abs(order.indexOf('Chad') - order.indexOf('Fiji'))).toBe(1);
    expect(Math.abs(order.indexOf('Benin') - order.indexOf('Cuba'))).toBe(1);
  });

  it('turns a joined group so that its end nearest in votes meets the other group', () => {
    // Angola–Benin and Chad–Denmark are pairs; Benin and Chad voted alike, so they meet in the middle.
    const list = [
      voter('Angola', 'YYYYY.'),
      voter('Benin', 'YYYYA.'),
      voter('Chad', 'NNNNA.'),
      voter('Denmark', 'NNNNN.'),
    ];
    expect(names(alikeOrder(list))).toEqual(['Angola', 'Benin', 'Chad', 'Denmark']);
    expect(names(alikeOrder([...list].reverse()))).toEqual(['Angola', 'Benin', 'Chad', 'Denmark']);
  });

  it('gives the same order whatever the order it is given, and keeps every State once', () => {
    const list = [
      voter('Angola', 'YY-Y..'),
      voter('Benin', 'NYAY..'),
      voter('Chad', '..YYNN'),
      voter('Denmark', 'NN..NN'),
      voter('Egypt', 'YYYYYY'),
    ];
    const order = names(alikeOrder(list));
    expect([...order].sort()).toEqual(['Angola', 'Benin', 'Chad', 'Denmark', 'Egypt']);
    expect(names(alikeOrder([...list].reverse()))).toEqual(order);
  });

  it('turns the list by the share of votes in favour, a State that never sat counting as none, and keeps it when even', () => {
    // One of four in favour against one of one: the share decides, not the count.
    expect(names(alikeOrder([voter('Angola', 'YNNN'), voter('Benin', 'Y...')]))).toEqual(['Benin', 'Angola']);
    expect(names(alikeOrder([voter('Angola', '....'), voter('Benin', 'YYYY')]))).toEqual(['Benin', 'Angola']);
    expect(names(alikeOrder([voter('Angola', 'Y'), voter('Benin', 'Y')]))).toEqual(['Angola', 'Benin']);
  });

  it('orders no State and one State', () => {
    expect(alikeOrder([])).toEqual([]);
    expect(names(alikeOrder([voter('Chad', 'Y')]))).toEqual(['Chad']);
  });

  it('is the matrix order “voting alike side by side”', () => {
    const state = (name: string, row: string) => {
      const v = voter(name, row);
      return {
        name,
        tally: { inFavour: 0, against: 0, abstaining: 0, notVoting: 0 },
        record: [...v.votes].map(([symbol, group]) => ({ resolution: { symbol }, vote: { group } })),
      };
    };
    const list = [state('Austria', 'NNN'), state('Brazil', 'YYY'), state('Chad', 'NNA'), state('Denmark', 'YYA')];
    expect(orderStates(list, 'alike').map((s) => s.name)).toEqual(['Brazil', 'Denmark', 'Chad', 'Austria']);
  });
});

describe('the steps of that order', () => {
  // Four States' gaps, by index: how many votes each pair sat together at, and at how many they differed.
  const table: Record<string, Gap> = {
    '0,1': { differed: 0, together: 1 },
    '0,2': { differed: 3, together: 4 },
    '0,3': { differed: 1, together: 4 },
    '1,2': { differed: 0, together: 4 },
    '1,3': { differed: 2, together: 2 },
    '2,3': { differed: 0, together: 0 },
  };
  const gapOf = (i: number, j: number): Gap =>
    table[`${Math.min(i, j)},${Math.max(i, j)}`] ?? { differed: 0, together: 0 };

  it('measures a gap as the share of votes together at which they differed; groups that never sat together are farthest', () => {
    expect(gapDistance({ differed: 1, together: 4 })).toBe(0.25);
    expect(gapDistance({ differed: 0, together: 3 })).toBe(0);
    expect(gapDistance({ differed: 0, together: 0 })).toBe(1);
  });

  it('pools the gaps of every pair of two groups', () => {
    expect(gapBetween([0, 1], [2, 3], gapOf)).toEqual({ differed: 3 + 1 + 0 + 2, together: 4 + 4 + 4 + 2 });
    expect(gapBetween([2], [3], gapOf)).toEqual({ differed: 0, together: 0 });
  });

  it('joins the closest groups first; of two as close, the one resting on more votes; of those, the first', () => {
    // 0–1 and 1–2 both never differed; 1–2 sat together at four votes, 0–1 at one.
    expect(closestGroups([[0], [1], [2], [3]], gapOf)).toEqual({ first: 1, second: 2 });
    expect(closestGroups([[0], [1], [3]], gapOf)).toEqual({ first: 0, second: 1 });
    expect(closestGroups([[0], [3]], gapOf)).toEqual({ first: 0, second: 1 });
    // Equal in every way: the first pair.
    const even = () => ({ differed: 1, together: 2 });
    expect(closestGroups([[0], [1], [2]], even)).toEqual({ first: 0, second: 1 });
    // Two groups that never sat together are still joined, last.
    expect(closestGroups([[2], [3]], gapOf)).toEqual({ first: 0, second: 1 });
    expect(closestGroups([[2], [3], [0, 1]], gapOf)).toEqual({ first: 0, second: 2 });
  });

  it('turns each group so that the States that meet voted most alike', () => {
    // 1 meets 2 (never differed): group [0, 1] stays, [2, 3] stays.
    expect(joinGroups([0, 1], [2, 3], gapOf)).toEqual([0, 1, 2, 3]);
    // 1 meets 2 again: [1, 0] is turned round.
    expect(joinGroups([1, 0], [2, 3], gapOf)).toEqual([0, 1, 2, 3]);
    // [3, 2] is turned so that 2 meets 1.
    expect(joinGroups([0, 1], [3, 2], gapOf)).toEqual([0, 1, 2, 3]);
    expect(joinGroups([1, 0], [3, 2], gapOf)).toEqual([0, 1, 2, 3]);
    // As close every way: the groups as given.
    expect(joinGroups([0], [1], () => ({ differed: 1, together: 1 }))).toEqual([0, 1]);
    expect(joinGroups([0, 1], [2, 3], () => ({ differed: 1, together: 1 }))).toEqual([0, 1, 2, 3]);
  });
});
