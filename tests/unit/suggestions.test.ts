import { describe, expect, it } from 'vitest';
import { editDistance, nearestSuggestions, type Suggestion } from '../../src/lib/suggestions.ts';

const list: Suggestion[] = [
  { text: 'India', kind: 'State', url: '/states/india/' },
  { text: 'Inde', kind: 'State', url: '/states/india/' },
  { text: 'Indonesia', kind: 'State', url: '/states/indonesia/' },
  { text: 'United Kingdom', kind: 'State', url: '/states/united-kingdom/' },
  { text: 'A/HRC/RES/46/13', kind: 'Resolution', url: '/resolutions/a-hrc-res-46-13/' },
  { text: '46/13', kind: 'Resolution', url: '/resolutions/a-hrc-res-46-13/' },
  {
    text: 'Promoting mutually beneficial cooperation in the field of human rights',
    kind: 'Resolution',
    url: '/resolutions/a-hrc-res-37-23/',
  },
  { text: 'Côte d’Ivoire', kind: 'State', url: '/states/cote-d-ivoire/' },
];

describe('suggestions for a search that finds nothing', () => {
  it('counts single edits, a swap of two neighbours as one', () => {
    expect(editDistance('inda', 'india')).toBe(1);
    expect(editDistance('untied', 'united')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('indai', 'india')).toBe(1);
    expect(editDistance('46/31', '46/13')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('suggests each page once, by its nearest name, nearest first', () => {
    expect(nearestSuggestions('Inda', list).map((s) => s.text)).toEqual(['India']);
    expect(nearestSuggestions('Indai', list).map((s) => s.text)).toEqual(['India']);
  });

  it('matches a run of words within a longer title, and ignores case and accents', () => {
    expect(nearestSuggestions('mutualy beneficial', list).map((s) => s.url)).toEqual(['/resolutions/a-hrc-res-37-23/']);
    expect(nearestSuggestions('UNITED KINGDON', list).map((s) => s.url)).toEqual(['/states/united-kingdom/']);
    expect(nearestSuggestions('cote d’ivoir', list).map((s) => s.url)).toEqual(['/states/cote-d-ivoire/']);
  });

  it('allows one edit per four letters, at least one, and nothing for a query too short or too far', () => {
    expect(nearestSuggestions('46/31', list).map((s) => s.url)).toEqual(['/resolutions/a-hrc-res-46-13/']);
    expect(nearestSuggestions('xqzv', list)).toEqual([]);
    expect(nearestSuggestions('i', list)).toEqual([]);
    expect(nearestSuggestions('Indoneshia', list).map((s) => s.text)).toEqual(['Indonesia']);
  });

  it('gives at most the number asked for', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ text: `Name${i}`, kind: 'State', url: `/states/${i}/` }));
    expect(nearestSuggestions('Name', many, 3)).toHaveLength(3);
    expect(nearestSuggestions('Name', many)).toHaveLength(5);
  });
});
