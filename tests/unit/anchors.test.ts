import { describe, expect, it } from 'vitest';
import { firstAppearances } from '../../src/lib/anchors.ts';

describe('anchors of records listed more than once', () => {
  it('anchors each record where it first appears, once', () => {
    expect(firstAppearances([['a', 'b'], ['b', 'c'], ['a', 'c', 'd'], []]).map((s) => [...s])).toEqual([
      ['a', 'b'],
      ['c'],
      ['d'],
      [],
    ]);
  });
});
