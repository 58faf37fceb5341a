import { describe, expect, it } from 'vitest';
import {
  checkRollCall,
  firstDifference,
  orderStates,
  stateOrderKeys,
  stateOrderPaths,
  stateOrders,
  votedEveryTime,
  rollCallVotes,
  stateKey,
  stateRecords,
  tally,
  type StateRef,
} from '../../src/lib/roll-calls.ts';
import { rollCallSchema, type RollCall } from '../../src/schemas/roll-call.ts';

const states: StateRef[] = Array.from({ length: 50 }, (_, i) => ({
  slug: `state-${i}`,
  name: `State ${i}`,
  iso3: `S${String(i).padStart(2, '0')}`,
}));
states.push({ slug: 'cuba', name: 'Cuba', iso3: 'CUB' }, { slug: 'cote-d-ivoire', name: "Côte d'Ivoire", iso3: 'CIV' });
const names = (from: number, count: number) => Array.from({ length: count }, (_, i) => `State ${from + i}`);
const record = 'https://searchlibrary.ohchr.org/record/1';

function rollCall(overrides: Partial<RollCall> = {}): RollCall {
  return rollCallSchema.parse({
    record,
    sources: [record],
    inFavour: ['Cuba', ...names(0, 27)],
    against: names(27, 1),
    abstaining: names(28, 17),
    notVoting: ["Côte d'Ivoire"],
    membership: { year: 2018, finding: 'The 47 members.', sources: ['https://un.example/'] },
    ...overrides,
  });
}
const counts = { inFavour: 28, against: 1, abstaining: 17 };

describe('roll-call checks', () => {
  it('accepts 47 members once each, matching the official totals', () => {
    expect(checkRollCall(rollCall(), counts, states)).toEqual([]);
  });

  it('names a State listed twice, in two groups or in one', () => {
    const twice = rollCall({ against: ['Cuba'] });
    expect(checkRollCall(twice, counts, states)).toContainEqual({
      field: 'vote.rollCall.against[0]',
      message:
        '“Cuba” is also listed under inFavour (vote.rollCall.inFavour[0]) as “Cuba”; expected each State once in a vote',
    });
    const sameGroup = rollCall({ inFavour: ['Cuba', ...names(0, 26), 'Cuba'] });
    expect(checkRollCall(sameGroup, counts, states)).toContainEqual({
      field: 'vote.rollCall.inFavour[27]',
      message: '“Cuba” is already listed at vote.rollCall.inFavour[0] as “Cuba”; expected each State once in a vote',
    });
  });

  it('catches a look-alike letter as the same State and as a misspelling, with the code point', () => {
    const lookAlike = rollCall({ against: ['Cubа'] }); // Cyrillic а
    const problems = checkRollCall(lookAlike, counts, states);
    expect(problems).toContainEqual({
      field: 'vote.rollCall.against[0]',
      message:
        '“Cubа” is not written as in content/states.yaml: character 4 is “а” (U+0430); expected “Cuba”, character for character',
    });
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('is also listed under inFavour'));
  });

  it('names a State that is not in the States file', () => {
    const unknown = rollCall({ against: ['Narnia'] });
    expect(checkRollCall(unknown, counts, states)).toContainEqual({
      field: 'vote.rollCall.against[0]',
      message:
        '“Narnia” is not in content/states.yaml; expected a State named there (correct the spelling, or add the State with its ISO 3166 alpha-3 code)',
    });
  });

  it('names a list that does not add up to the official total, and a Council short of 47', () => {
    const short = rollCall({ abstaining: names(28, 16) });
    expect(checkRollCall(short, counts, states)).toEqual([
      {
        field: 'vote.rollCall.inFavour',
        message:
          "the four lists name 46 different States; expected each of the Council's 47 members exactly once (in favour, against, abstaining or not voting)",
      },
      {
        field: 'vote.rollCall.abstaining',
        message:
          'lists 16 States but the official total is 17; expected 17, or a discrepancy declared under vote.rollCall.discrepancy',
      },
    ]);
  });

  it('accepts exactly the declared discrepancy, and nothing else', () => {
    const list = rollCall({ inFavour: ['Cuba', ...names(0, 27), "Côte d'Ivoire"], notVoting: [] });
    const official = { inFavour: 28, against: 1, abstaining: 18 };
    expect(checkRollCall(list, official, states).map((p) => p.field)).toEqual([
      'vote.rollCall.inFavour',
      'vote.rollCall.abstaining',
    ]);
    const declared = {
      rollCallCounts: { inFavour: 29, against: 1, abstaining: 17, notVoting: 0 },
      explanation: 'One State differs.',
    };
    const withDeclared = { ...list, discrepancy: declared };
    expect(checkRollCall(withDeclared, official, states)).toEqual([]);
    const wrongDeclared = {
      ...list,
      discrepancy: { ...declared, rollCallCounts: { ...declared.rollCallCounts, inFavour: 30 } },
    };
    expect(checkRollCall(wrongDeclared, official, states)).toEqual([
      {
        field: 'vote.rollCall.inFavour',
        message:
          'lists 29 States but the declared discrepancy says the list has 30; expected exactly the declared 30–1–17, 0 not voting',
      },
    ]);
    const needless = {
      ...rollCall(),
      discrepancy: { rollCallCounts: { inFavour: 28, against: 1, abstaining: 17, notVoting: 1 }, explanation: 'None.' },
    };
    expect(checkRollCall(needless, counts, states)).toEqual([
      {
        field: 'vote.rollCall.discrepancy',
        message: 'declares a discrepancy but its counts equal the official totals (28–1–17, 1 not voting); remove it',
      },
    ]);
  });

  it('refuses a confirmation that disagrees with the roll-call', () => {
    const wrong = rollCall({
      confirmations: [{ source: 'https://us.example/', quote: 'We vote no.', vote: 'against', states: ['Cuba'] }],
    });
    expect(checkRollCall(wrong, counts, states)).toEqual([
      {
        field: 'vote.rollCall.confirmations[0].states[0]',
        message: 'says “Cuba” voted against but the roll-call lists it under inFavour; expected the same vote',
      },
    ]);
  });

  it('refuses 48 States, even where a declared discrepancy accounts for every list', () => {
    const crowded = rollCall({
      abstaining: names(28, 18),
      discrepancy: {
        rollCallCounts: { inFavour: 28, against: 1, abstaining: 18, notVoting: 1 },
        explanation: 'The record lists one State too many.',
      },
    });
    expect(checkRollCall(crowded, counts, states)).toEqual([
      {
        field: 'vote.rollCall.inFavour',
        message:
          "the four lists name 48 different States; expected each of the Council's 47 members exactly once (in favour, against, abstaining or not voting)",
      },
    ]);
  });

  it('matches a confirmation to the roll-call by the folded name, not the exact spelling', () => {
    const folded = rollCall({
      confirmations: [
        { source: 'https://us.example/', quote: 'Yes.', vote: 'inFavour', states: ['CUBA'] },
        { source: 'https://us.example/', quote: 'Not voting.', vote: 'notVoting', states: ['Cote d’Ivoire'] },
      ],
    });
    expect(checkRollCall(folded, counts, states)).toEqual([]);
    const votes = rollCallVotes(folded);
    expect(votes.find((v) => v.name === 'Cuba')?.status).toBe('confirmed');
    expect(votes.find((v) => v.name === "Côte d'Ivoire")?.status).toBe('confirmed');
  });

  it('takes a source that covers every vote cast as agreeing with every list', () => {
    const covering = rollCall({
      confirmations: [{ source: 'https://right-docs.example/', quote: 'In favour …', covers: 'every-vote-cast' }],
    });
    expect(checkRollCall(covering, counts, states)).toEqual([]);
  });

  it('names a confirmation of a State that is not in the roll-call', () => {
    const stranger = rollCall({
      confirmations: [{ source: 'https://us.example/', quote: 'Yes.', vote: 'inFavour', states: ['Cuba', 'Narnia'] }],
    });
    expect(checkRollCall(stranger, counts, states)).toEqual([
      {
        field: 'vote.rollCall.confirmations[0].states[1]',
        message: 'names “Narnia”, who is not in the roll-call; expected a State of this vote',
      },
    ]);
  });

  it('needs the official totals to compare with', () => {
    expect(checkRollCall(rollCall(), { inFavour: null, against: null, abstaining: null }, states)).toEqual([
      {
        field: 'vote',
        message:
          'a roll-call is given but the official totals are not; expected inFavour, against and abstaining counts',
      },
    ]);
  });
});

describe('spelling keys', () => {
  it('folds accents, case, apostrophes and look-alike letters, and nothing else', () => {
    expect(stateKey("Côte d'Ivoire")).toBe(stateKey('COTE D’IVOIRE'));
    expect(stateKey('Cubа')).toBe(stateKey('Cuba'));
    expect(stateKey('Niger')).not.toBe(stateKey('Nigeria'));
  });

  it('writes the key without accents, in lower case, with one kind of apostrophe and single spaces', () => {
    expect(stateKey('  CÔTE  D’IVOIRE\t')).toBe("cote d'ivoire");
    expect(stateKey('Saint Lucia')).not.toBe(stateKey('SaintLucia'));
  });

  it('folds each Cyrillic and Greek look-alike to its Latin letter', () => {
    // Cyrillic а в е з і ј к м н о р с т у х ѕ ԁ ԛ ԝ, Greek α β ε ι κ ν ο ρ τ υ χ, and the dotless ı.
    const lookAlikes = 'авезіјкмнорстухѕԁԛԝαβεικνορτυχı';
    expect([...lookAlikes].every((ch) => /[\u0080-\uffff]/.test(ch))).toBe(true);
    expect(stateKey(lookAlikes)).toBe('abe3ijkmhopctyxsdqwabeikvoptuxi');
    // With a diaeresis, as ё and ї: the accent goes, then the letter folds.
    expect(stateKey('ёї')).toBe('ei');
  });

  it('points at the first differing character', () => {
    expect(firstDifference('Cubа', 'Cuba')).toBe('character 4 is “а” (U+0430)');
    expect(firstDifference('Tοgo', 'Togo')).toBe('character 2 is “ο” (U+03BF)');
    expect(firstDifference('Cub', 'Cuba')).toBe('character 4 is the end of the name');
  });
});

describe('votes and records', () => {
  it('marks a vote confirmed only where a second source states it', () => {
    const call = rollCall({
      confirmations: [{ source: 'https://us.example/', quote: 'No.', vote: 'against', states: ['State 27'] }],
    });
    const votes = rollCallVotes(call);
    expect(votes).toHaveLength(47);
    expect(votes.find((v) => v.name === 'State 27')).toEqual({
      name: 'State 27',
      group: 'against',
      status: 'confirmed',
      sources: [record, 'https://us.example/'],
    });
    expect(votes.find((v) => v.name === 'Cuba')).toEqual({
      name: 'Cuba',
      group: 'inFavour',
      status: 'single-source',
      sources: [record],
    });
  });

  it('never counts the voting record, or one source named twice, as a second source', () => {
    const call = rollCall({
      confirmations: [
        { source: record, quote: 'No.', vote: 'against', states: ['State 27'] },
        { source: 'https://us.example/', quote: 'Yes.', vote: 'inFavour', states: ['Cuba'] },
        { source: 'https://us.example/', quote: 'Cuba voted yes.', vote: 'inFavour', states: ['Cuba'] },
      ],
    });
    const votes = rollCallVotes(call);
    expect(votes.find((v) => v.name === 'State 27')).toEqual({
      name: 'State 27',
      group: 'against',
      status: 'single-source',
      sources: [record],
    });
    expect(votes.find((v) => v.name === 'Cuba')?.sources).toEqual([record, 'https://us.example/']);
  });

  it('confirms only the States a source names, and only in the group it names', () => {
    const call = rollCall({
      confirmations: [
        {
          source: 'https://a.example/',
          quote: 'They abstained.',
          vote: 'abstaining',
          states: ['State 28', 'State 30'],
        },
        { source: 'https://b.example/', quote: 'It voted yes.', vote: 'inFavour', states: ['State 29'] },
      ],
    });
    const status = Object.fromEntries(rollCallVotes(call).map((v) => [v.name, v.status]));
    expect(status['State 28']).toBe('confirmed');
    expect(status['State 30']).toBe('confirmed');
    // Abstaining like them, but not named; and named, but under a group it did not vote in.
    expect(status['State 31']).toBe('single-source');
    expect(status['State 29']).toBe('single-source');
    expect(status['Cuba']).toBe('single-source');
  });

  it('a source that lists every vote cast confirms all but the members who did not vote', () => {
    const call = rollCall({
      confirmations: [{ source: 'https://right-docs.example/', quote: 'In favour …', covers: 'every-vote-cast' }],
    });
    const votes = rollCallVotes(call);
    expect(votes.filter((v) => v.status === 'confirmed')).toHaveLength(46);
    expect(votes.find((v) => v.group === 'notVoting')?.status).toBe('single-source');
  });

  it('marks a change from the previous vote of the same series, not of another series', () => {
    const vote = (name: string, group: 'inFavour' | 'against' | 'abstaining' | 'notVoting') => ({
      name,
      group,
      status: 'single-source' as const,
      sources: [record],
    });
    const records = stateRecords([
      { symbol: 'A/HRC/RES/46/13', series: 'cooperation', adopted: '2021-03-23', votes: [vote('India', 'against')] },
      { symbol: 'A/HRC/RES/37/23', series: 'cooperation', adopted: '2018-03-23', votes: [vote('India', 'abstaining')] },
      { symbol: 'A/HRC/RES/41/19', series: 'development', adopted: '2019-07-12', votes: [vote('India', 'inFavour')] },
      { symbol: 'A/HRC/RES/43/21', series: 'cooperation', adopted: '2020-06-22', votes: [vote('India', 'against')] },
    ]);
    const india = records.get('India') ?? [];
    expect(india.map((e) => [e.resolution.symbol, e.changedFrom?.resolution.symbol ?? null])).toEqual([
      ['A/HRC/RES/37/23', null],
      ['A/HRC/RES/41/19', null],
      ['A/HRC/RES/43/21', 'A/HRC/RES/37/23'],
      ['A/HRC/RES/46/13', null],
    ]);
    expect(tally(india.map((e) => e.vote))).toEqual({ inFavour: 1, against: 2, abstaining: 1, notVoting: 0 });
  });

  it('orders texts adopted on the same day by symbol', () => {
    const vote = { name: 'India', group: 'inFavour' as const, status: 'single-source' as const, sources: [record] };
    const records = stateRecords([
      { symbol: 'A/HRC/RES/41/2', series: 'development', adopted: '2019-07-12', votes: [vote] },
      { symbol: 'A/HRC/RES/41/1', series: 'cooperation', adopted: '2019-07-12', votes: [vote] },
    ]);
    expect((records.get('India') ?? []).map((e) => e.resolution.symbol)).toEqual(['A/HRC/RES/41/1', 'A/HRC/RES/41/2']);
  });

  it('never compares the two texts that are not a series (48/7 and 49/19), however the votes differ', () => {
    const vote = (group: 'inFavour' | 'abstaining') => ({
      name: 'India',
      group,
      status: 'single-source' as const,
      sources: [record],
    });
    const records = stateRecords([
      { symbol: 'A/HRC/RES/48/7', series: 'related', adopted: '2021-10-08', votes: [vote('inFavour')] },
      { symbol: 'A/HRC/RES/49/19', series: 'related', adopted: '2022-04-01', votes: [vote('abstaining')] },
    ]);
    expect((records.get('India') ?? []).map((e) => e.changedFrom)).toEqual([undefined, undefined]);
  });

  it('orders States by name or by votes in favour', () => {
    const t = (inFavour: number, against: number) => ({ inFavour, against, abstaining: 0, notVoting: 0 });
    const list = [
      { name: 'Brazil', tally: t(5, 0), record: [] },
      { name: 'Albania', tally: t(0, 1), record: [] },
      { name: 'Angola', tally: t(5, 0), record: [] },
      { name: 'Chile', tally: t(5, 1), record: [] },
    ];
    expect(orderStates(list, 'name').map((s) => s.name)).toEqual(['Albania', 'Angola', 'Brazil', 'Chile']);
    expect(orderStates(list, 'in-favour').map((s) => s.name)).toEqual(['Angola', 'Brazil', 'Chile', 'Albania']);
    // Of two with as many votes in favour, fewer against first, whatever the order given.
    const tied = [
      { name: 'Angola', tally: t(5, 1), record: [] },
      { name: 'Brazil', tally: t(5, 0), record: [] },
    ];
    expect(orderStates(tied, 'in-favour').map((s) => s.name)).toEqual(['Brazil', 'Angola']);
  });

  it('orders States by votes against, abstentions or votes not cast, most first, the larger share first', () => {
    const t = (inFavour: number, against: number, abstaining: number, notVoting: number) => ({
      inFavour,
      against,
      abstaining,
      notVoting,
    });
    const list = [
      { name: 'Chile', tally: t(0, 3, 1, 0), record: [] },
      { name: 'Benin', tally: t(1, 3, 0, 0), record: [] },
      { name: 'Angola', tally: t(0, 3, 0, 0), record: [] },
      { name: 'Dominica', tally: t(2, 0, 2, 1), record: [] },
    ];
    expect(orderStates(list, 'against').map((s) => s.name)).toEqual(['Angola', 'Benin', 'Chile', 'Dominica']);
    expect(orderStates(list, 'abstaining').map((s) => s.name)).toEqual(['Dominica', 'Chile', 'Angola', 'Benin']);
    expect(orderStates(list, 'not-voting').map((s) => s.name)).toEqual(['Dominica', 'Angola', 'Benin', 'Chile']);
    expect(stateOrderPaths()).toContainEqual({ params: { order: 'by-abstentions' }, props: { order: 'abstaining' } });
    expect(stateOrderPaths()).toContainEqual({ params: { order: undefined }, props: { order: 'name' } });
    expect(stateOrderKeys.map((k) => stateOrders[k].segment)).toEqual([
      undefined,
      'by-votes-in-favour',
      'by-votes-against',
      'by-abstentions',
      'by-votes-not-cast',
      'by-voting-alike',
    ]);
  });

  it('names the States that voted one way every time they sat, at least the number of times asked', () => {
    const t = (inFavour: number, against: number) => ({ inFavour, against, abstaining: 0, notVoting: 0 });
    const list = [
      { name: 'Benin', tally: t(0, 2) },
      { name: 'Angola', tally: t(0, 5) },
      { name: 'Chile', tally: t(1, 4) },
      { name: 'Dominica', tally: t(0, 1) },
      { name: 'Estonia', tally: t(0, 2) },
    ];
    expect(votedEveryTime(list, 'against').map((s) => s.name)).toEqual(['Angola', 'Benin', 'Estonia']);
    expect(votedEveryTime(list, 'against', 1).map((s) => s.name)).toEqual(['Angola', 'Benin', 'Estonia', 'Dominica']);
    expect(votedEveryTime(list, 'against', 3).map((s) => s.name)).toEqual(['Angola']);
    expect(votedEveryTime(list, 'inFavour')).toEqual([]);
  });
});
