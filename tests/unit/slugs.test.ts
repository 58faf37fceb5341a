import { describe, expect, it } from 'vitest';
import {
  isResolutionSymbol,
  officialRecordUrl,
  parseResolutionSymbol,
  shortSymbol,
  slugToSymbol,
  symbolToSlug,
} from '../../src/lib/slugs.ts';

describe('resolution slugs', () => {
  it('derives the permanent slug from the symbol', () => {
    expect(symbolToSlug('A/HRC/RES/37/23')).toBe('a-hrc-res-37-23');
    expect(symbolToSlug('A/HRC/RES/48/7')).toBe('a-hrc-res-48-7');
  });

  it('round-trips every symbol through its slug', () => {
    for (const symbol of ['A/HRC/RES/35/21', 'A/HRC/RES/37/23', 'A/HRC/RES/48/7', 'A/HRC/RES/9/100']) {
      expect(slugToSymbol(symbolToSlug(symbol))).toBe(symbol);
    }
  });

  it('refuses what is not a resolution symbol', () => {
    expect(() => symbolToSlug('A/HRC/37/L.36')).toThrow(/Not a resolution symbol/);
    expect(slugToSymbol('a-hrc-37-l-36')).toBeUndefined();
    expect(slugToSymbol('xa-hrc-res-37-23')).toBeUndefined();
    expect(slugToSymbol('a-hrc-res-37-23-x')).toBeUndefined();
    expect(isResolutionSymbol('A/HRC/RES/37/23 ')).toBe(false);
    expect(isResolutionSymbol('a/hrc/res/37/23')).toBe(false);
  });

  it('gives the short form and the official record', () => {
    expect(parseResolutionSymbol('A/HRC/RES/46/13')).toEqual({ session: 46, number: 13 });
    expect(shortSymbol('A/HRC/RES/46/13')).toBe('46/13');
    expect(officialRecordUrl('A/HRC/RES/37/23')).toBe('https://undocs.org/A/HRC/RES/37/23');
  });
});
