import { describe, expect, it } from 'vitest';
import {
  seatIn,
  shareSentence,
  voiceClasses,
  voiceClassLabels,
  voiceInWords,
  voiceOn,
  voiceShares,
  type VoiceClass,
} from '../../src/lib/voices.ts';
import { voices } from '../../src/schemas/reading.ts';
import { voteGroups } from '../../src/schemas/roll-call.ts';
import type { VoteGroup } from '../../src/schemas/roll-call.ts';

const votes: Record<string, Record<string, VoteGroup>> = {
  'A/HRC/RES/37/23': { 'United States': 'against', Japan: 'abstaining', Cuba: 'inFavour', Tunisia: 'notVoting' },
  'A/HRC/RES/49/19': { China: 'inFavour' },
  'A/HRC/RES/99/1': {},
};
const voteOf = (state: string, symbol: string) =>
  seatIn(votes[symbol] ? new Map(Object.entries(votes[symbol])) : undefined, state);

describe('whose voice a text carries', () => {
  it('places a State by its own vote on the resolution, read from the roll-call', () => {
    expect(voiceOn({ voice: 'state', state: 'United States' }, 'A/HRC/RES/37/23', voteOf)).toBe('state-against');
    expect(voiceOn({ voice: 'state', state: 'Japan' }, 'A/HRC/RES/37/23', voteOf)).toBe('state-abstaining');
    expect(voiceOn({ voice: 'state', state: 'Cuba' }, 'A/HRC/RES/37/23', voteOf)).toBe('state-inFavour');
    expect(voiceOn({ voice: 'state', state: 'Tunisia' }, 'A/HRC/RES/37/23', voteOf)).toBe('state-notVoting');
    expect(voiceOn({ voice: 'state', state: 'United States' }, 'A/HRC/RES/49/19', voteOf)).toBe('state-not-member');
  });

  it('says a State’s vote is unknown, not that it was absent, where the archive has no roll-call', () => {
    expect(voiceOn({ voice: 'state', state: 'Japan' }, 'A/HRC/RES/99/1', voteOf)).toBe('state-vote-unknown');
    expect(voiceOn({ voice: 'state', state: 'Japan' }, 'A/HRC/RES/98/1', voteOf)).toBe('state-vote-unknown');
  });

  it('keeps every other voice as the record gives it', () => {
    expect(voiceOn({ voice: 'ngo' }, 'A/HRC/RES/37/23', voteOf)).toBe('ngo');
    expect(voiceOn({ voice: 'sponsor' }, 'A/HRC/RES/37/23', voteOf)).toBe('sponsor');
  });

  it('refuses a State voice without its State', () => {
    expect(() => voiceOn({ voice: 'state' }, 'A/HRC/RES/37/23', voteOf)).toThrow('needs the State');
  });
});

describe('the share of each side', () => {
  const texts: VoiceClass[] = ['sponsor', 'ngo', 'state-against', 'sponsor', 'state-against', 'sponsor', 'media'];

  it('counts each side in a fixed order, States first and the sponsor last, leaving out sides with no text', () => {
    expect(voiceShares(texts)).toEqual([
      { voice: 'state-against', count: 2 },
      { voice: 'ngo', count: 1 },
      { voice: 'media', count: 1 },
      { voice: 'sponsor', count: 3 },
    ]);
    expect(voiceShares([])).toEqual([]);
  });

  it('says it in a sentence', () => {
    expect(shareSentence(voiceShares(texts))).toBe(
      '7 texts: 2 from States that voted against, 1 from non-governmental organisations, 1 from news media and 3 from the sponsor (the Chinese government, its missions and state media)',
    );
    expect(shareSentence(voiceShares(['ngo']))).toBe('1 text: 1 from non-governmental organisations');
    expect(shareSentence(voiceShares(['ngo', 'un']))).toBe(
      '2 texts: 1 from non-governmental organisations and 1 from the UN secretariat',
    );
    expect(shareSentence([])).toBe('No texts yet');
  });

  it("names one text's voice, per resolution where it differs", () => {
    const short = (symbol: string) => symbol.replace('A/HRC/RES/', '');
    expect(voiceInWords(new Map([['A/HRC/RES/37/23', 'state-against']]), short)).toBe('a State that voted against');
    expect(
      voiceInWords(
        new Map<string, VoiceClass>([
          ['A/HRC/RES/37/23', 'state-against'],
          ['A/HRC/RES/49/19', 'state-not-member'],
        ]),
        short,
      ),
    ).toBe('a State that voted against on 37/23; a State not on the Council at the vote on 49/19');
  });
});

describe('the names of the sides', () => {
  it('lists every side once: each voice but a State, and a State by its place at the vote', () => {
    const expected = [
      ...voices.filter((v) => v !== 'state'),
      ...voteGroups.map((g) => `state-${g}`),
      'state-not-member',
      'state-vote-unknown',
    ];
    expect([...voiceClasses].sort()).toEqual(expected.sort());
    expect(Object.keys(voiceClassLabels).sort()).toEqual([...voiceClasses].sort());
  });

  it('names each side distinctly as a heading, after "from" in a count, and for one text', () => {
    for (const form of ['heading', 'from', 'one'] as const) {
      const names = voiceClasses.map((v) => voiceClassLabels[v][form]);
      expect(new Set(names).size, form).toBe(names.length);
    }
    for (const v of voiceClasses) {
      const { heading, from, one } = voiceClassLabels[v];
      expect(heading).toMatch(/^[A-Z]\S* \S/);
      // "3 from …" runs on in a sentence: only a State keeps its capital.
      expect(from).toMatch(v.startsWith('state-') ? /^States \S/ : /^[a-z]\S* \S/);
      expect(one).toMatch(v.startsWith('state-') ? /^a State \S/ : /^[a-z]\S* \S/);
    }
  });
});
