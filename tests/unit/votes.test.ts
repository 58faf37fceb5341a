import { describe, expect, it } from 'vitest';
import { margins, notVoting, seatSegments, totalVoting, voteInWords, voteTally } from '../../src/lib/votes.ts';

describe('vote arithmetic', () => {
  it('counts who voted and who did not', () => {
    const vote = { inFavour: 28, against: 1, abstaining: 17 };
    expect(totalVoting(vote)).toBe(46);
    expect(notVoting(vote)).toBe(1);
    expect(voteTally(vote)).toBe('28–1–17');
  });

  it('knows nothing about a resolution with no recorded counts', () => {
    const vote = { inFavour: null, against: null, abstaining: null };
    expect(totalVoting(vote)).toBeNull();
    expect(notVoting(vote)).toBeNull();
    expect(voteTally(vote)).toBeNull();
  });
});

describe('margins', () => {
  it('gives each margin and its change from the previous known vote', () => {
    expect(
      margins([
        { inFavour: 30, against: 13, abstaining: 3 },
        { inFavour: null, against: null, abstaining: null },
        { inFavour: 33, against: 13, abstaining: 0 },
        { inFavour: 31, against: 14, abstaining: 2 },
      ]),
    ).toEqual([
      { tally: '30–13–3', margin: 17, change: null },
      { tally: null, margin: null, change: null },
      { tally: '33–13–0', margin: 20, change: 3 },
      { tally: '31–14–2', margin: 17, change: -3 },
    ]);
  });
});

describe('the seats of a vote', () => {
  it('splits the 47 seats into the four groups, left to right, and says them in words', () => {
    const vote = { inFavour: 28, against: 1, abstaining: 17 };
    expect(seatSegments(vote).map((s) => [s.group, s.start, s.count])).toEqual([
      ['inFavour', 0, 28],
      ['against', 28, 1],
      ['abstaining', 29, 17],
      ['notVoting', 46, 1],
    ]);
    expect(voteInWords(vote)).toBe('28 in favour, 1 against, 17 abstaining, 1 did not vote');
    expect(seatSegments({ inFavour: 28, against: null, abstaining: 17 })).toEqual([]);
    expect(voteInWords({ inFavour: null, against: null, abstaining: null })).toBeNull();
  });
});
