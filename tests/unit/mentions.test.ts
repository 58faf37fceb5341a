import { describe, expect, it } from 'vitest';
import { findMentions, findPassage, findSymbols, symbolsWrittenIn } from '../../src/lib/mentions.ts';

describe('finding mentions', () => {
  it('finds a declared passage exactly', () => {
    const text =
      'a resolution titled "promoting mutually beneficial cooperation in the field of human rights," in which';
    const [match] = findPassage(text, 'promoting mutually beneficial cooperation in the field of human rights');
    expect(match && text.slice(match.start, match.end)).toBe(
      'promoting mutually beneficial cooperation in the field of human rights',
    );
  });

  it('finds a passage split across a line break', () => {
    const text = 'adopted the resolution on Promoting Win-Win\nCooperation in Human Rights proposed by China';
    const [match] = findPassage(text, 'the resolution on Promoting Win-Win Cooperation in Human Rights');
    expect(match && text.slice(match.start, match.end)).toBe(
      'the resolution on Promoting Win-Win\nCooperation in Human Rights',
    );
  });

  it('matches whole words only', () => {
    expect(findPassage('in 20201 and 2018', '2020')).toEqual([]);
    expect(findPassage('in 2020 and 2018', '2020')).toEqual([{ start: 3, end: 7 }]);
  });

  it('finds symbols written in prose', () => {
    expect(findSymbols('See A/HRC/RES/37/23 and (A/HRC/RES/46/13).').map((m) => m.symbol)).toEqual([
      'A/HRC/RES/37/23',
      'A/HRC/RES/46/13',
    ]);
  });

  it('does not link a symbol inside a URL', () => {
    expect(findSymbols('at https://undocs.org/A/HRC/RES/37/23 today')).toEqual([]);
    expect(findSymbols('undocs.org/A/HRC/RES/37/23')).toEqual([]);
  });

  it('does not read a longer number as a symbol', () => {
    expect(findSymbols('A/HRC/RES/37/2345')).toEqual([]);
  });

  it('orders matches and drops overlaps', () => {
    const text = 'The resolution A/HRC/RES/37/23 (mutually beneficial cooperation) was adopted.';
    const matches = findMentions(text, ['mutually beneficial cooperation', 'beneficial']);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual([
      'A/HRC/RES/37/23',
      'mutually beneficial cooperation',
    ]);
  });
});

describe('finding mentions, further', () => {
  it('matches a passage with the characters a pattern would read as its own, and however it is spaced', () => {
    const text = 'on mutually  beneficial cooperation (win-win) in 2018';
    expect(findPassage(text, 'cooperation (win-win)')).toEqual([{ start: 24, end: 45 }]);
    expect(findPassage(text, '  mutually beneficial ')).toEqual([{ start: 3, end: 23 }]);
    expect(findPassage('mutually beneficial', 'mutually  beneficial')).toEqual([{ start: 0, end: 19 }]);
  });

  it('links a symbol after punctuation that cannot be part of an address', () => {
    expect(findSymbols('As the U.S.—A/HRC/RES/37/23—said')).toEqual([
      { start: 12, end: 27, passage: -1, symbol: 'A/HRC/RES/37/23' },
    ]);
  });

  it('lists each symbol written in a text once, in the order it first appears', () => {
    expect(symbolsWrittenIn('A/HRC/RES/43/21, then A/HRC/RES/37/23 and again A/HRC/RES/43/21')).toEqual([
      'A/HRC/RES/43/21',
      'A/HRC/RES/37/23',
    ]);
  });

  it('keeps matches that touch, the longer of two that start together, and drops one inside the last kept', () => {
    expect(findMentions('(a)(b)', ['(a)', '(b)']).map((m) => [m.start, m.end])).toEqual([
      [0, 3],
      [3, 6],
    ]);
    const text = 'A/HRC/RES/1/1 x A/HRC/RES/2/2 y A/HRC/RES/3/3 of 2018';
    expect(findMentions(text, ['A/HRC/RES/3/3 of 2018']).map((m) => [m.start, m.end, m.passage])).toEqual([
      [0, 13, -1],
      [16, 29, -1],
      [32, 53, 0],
    ]);
    expect(findMentions(text, ['RES/3/3', 'A/HRC/RES/3/3']).map((m) => [m.start, m.end, m.passage])).toEqual([
      [0, 13, -1],
      [16, 29, -1],
      [32, 45, 1],
    ]);
  });
});
