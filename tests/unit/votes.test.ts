import { describe, expect, it } from 'vitest';
import { checkVote, notVoting, totalVoting, voteTally } from '../../src/lib/votes.ts';

const lists = (inFavour: number, against: number, abstaining: number) => ({
  inFavour: Array.from({ length: inFavour }, (_, i) => `Yes ${i}`),
  against: Array.from({ length: against }, (_, i) => `No ${i}`),
  abstaining: Array.from({ length: abstaining }, (_, i) => `Abstain ${i}`),
});

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

  it('accepts consistent counts and lists', () => {
    expect(checkVote({ inFavour: 28, against: 1, abstaining: 17 }, lists(28, 1, 17))).toEqual([]);
  });

  it('accepts unknown lists beside known counts', () => {
    expect(checkVote({ inFavour: 30, against: 13, abstaining: 3 }, { inFavour: null, against: null, abstaining: null })).toEqual([]);
  });

  it('rejects a list that disagrees with its count', () => {
    expect(checkVote({ inFavour: 29, against: 1, abstaining: 17 }, lists(28, 1, 17))).toEqual([
      'vote.states.inFavour: lists 28 states but the count is 29; expected exactly 29',
    ]);
  });

  it('rejects a state in two lists', () => {
    const twice = { inFavour: ['China', 'Cuba'], against: ['Cuba'], abstaining: [] };
    expect(checkVote({ inFavour: 2, against: 1, abstaining: 0 }, twice)).toEqual(['vote.states.against: Cuba is also listed under inFavour; a state votes once']);
  });

  it('rejects counts the Council cannot produce', () => {
    expect(checkVote({ inFavour: 48, against: 0, abstaining: 0 })).toContain("vote.inFavour: 48 is more than the Council's 47 members");
    expect(checkVote({ inFavour: 30, against: 13, abstaining: 5 })).toEqual(["vote: 48 votes in all is more than the Council's 47 members"]);
  });
});
