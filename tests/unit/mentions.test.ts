import { describe, expect, it } from 'vitest';
import { findMentions, findPassage, findSymbols } from '../../src/lib/mentions.ts';

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
